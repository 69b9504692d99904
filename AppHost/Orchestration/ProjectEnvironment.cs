using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using WhisperAspire.Hosting.ApplicationModel;

namespace WhisperAspire.Hosting.Orchestration;

/// <summary>The environment a project process starts with, following Aspire's names so services need no AppHost-specific code.</summary>
internal static class ProjectEnvironment
{
    /// <summary>Where the dashboard's OTLP receiver listens; the name Aspire's AppHost uses.</summary>
    public const string OtlpEndpointSetting = "DOTNET_DASHBOARD_OTLP_ENDPOINT_URL";

    /// <summary>The key the OTLP receiver asks for in the x-otlp-api-key header; Aspire's setting name.</summary>
    public const string OtlpApiKeySetting = "AppHost:OtlpApiKey";

    public const string OtlpApiKeyHeader = "x-otlp-api-key";

    public static Dictionary<string, string?> For(ProjectResource project, IHostEnvironment host, IConfiguration configuration)
    {
        var variables = new Dictionary<string, string?>
        {
            ["DOTNET_ENVIRONMENT"] = host.EnvironmentName,
            ["ASPNETCORE_ENVIRONMENT"] = host.EnvironmentName,
            // A launch profile's URLs must not leak in from the AppHost's own environment.
            ["ASPNETCORE_URLS"] = project.Endpoint?.Url,
        };

        foreach (var reference in project.References)
        {
            variables[$"ConnectionStrings__{reference.Name}"] = reference.GetConnectionString();
        }

        if (configuration[OtlpEndpointSetting] is { Length: > 0 } otlpEndpoint)
        {
            variables["OTEL_EXPORTER_OTLP_ENDPOINT"] = otlpEndpoint;
            variables["OTEL_EXPORTER_OTLP_PROTOCOL"] = "grpc";
            variables["OTEL_SERVICE_NAME"] = project.Name;
            variables["OTEL_RESOURCE_ATTRIBUTES"] = $"service.instance.id={Guid.NewGuid():N}";
            // Short export intervals, as Aspire sets in development, so the dashboard is current within a second.
            variables["OTEL_BSP_SCHEDULE_DELAY"] = "1000";
            variables["OTEL_BLRP_SCHEDULE_DELAY"] = "1000";
            variables["OTEL_METRIC_EXPORT_INTERVAL"] = "1000";
            // Every trace, as Aspire in development: a dashboard that samples hides the request being debugged.
            variables["OTEL_TRACES_SAMPLER"] = "always_on";
            if (configuration[OtlpApiKeySetting] is { Length: > 0 } apiKey)
            {
                variables["OTEL_EXPORTER_OTLP_HEADERS"] = $"{OtlpApiKeyHeader}={apiKey}";
            }
        }

        foreach (var (name, value) in project.Environment)
        {
            variables[name] = value();
        }

        return variables;
    }
}
