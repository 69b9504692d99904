using System.Text.Json;
using Microsoft.Extensions.Configuration;
using WhisperAspire.Hosting.ApplicationModel;

namespace WhisperAspire.Hosting;

public static class ProjectResourceBuilderExtensions
{
    /// <summary>
    /// Adds a project of this solution. A project whose launch profile has an http applicationUrl serves HTTP on
    /// that port, unless configuration says otherwise: <c>{name}:Port</c> (so <c>Api:Port</c> for "api").
    /// </summary>
    public static IResourceBuilder<ProjectResource> AddProject<TProject>(this DistributedApplicationBuilder builder, string name)
        where TProject : IProjectMetadata, new()
    {
        var metadata = new TProject();
        var resource = new ProjectResource(name, metadata);
        var launchPort = LaunchProfilePort(metadata.ProjectPath);
        var port = builder.Configuration.GetValue<int?>($"{name}:Port") ?? launchPort;
        if (port is not null)
        {
            resource.Endpoint = new HttpEndpoint(port.Value);
        }

        return builder.AddResource(resource);
    }

    /// <summary>Passes the connection string as ConnectionStrings__{name}, Aspire's convention.</summary>
    public static IResourceBuilder<ProjectResource> WithReference<TSource>(
        this IResourceBuilder<ProjectResource> builder, IResourceBuilder<TSource> source)
        where TSource : Resource, IResourceWithConnectionString
    {
        builder.Resource.References.Add(source.Resource);
        return builder;
    }

    public static IResourceBuilder<ProjectResource> WithEnvironment(
        this IResourceBuilder<ProjectResource> builder, string name, string value)
    {
        builder.Resource.Environment[name] = () => value;
        return builder;
    }

    /// <summary>Health is a GET on <paramref name="path"/> of the project's HTTP endpoint answering 200.</summary>
    public static IResourceBuilder<ProjectResource> WithHttpHealthCheck(this IResourceBuilder<ProjectResource> builder, string path)
    {
        if (builder.Resource.Endpoint is null)
        {
            throw new InvalidOperationException(
                $"'{builder.Resource.Name}' has no HTTP endpoint to probe: give its launch profile an http applicationUrl " +
                $"or set {builder.Resource.Name}:Port.");
        }

        builder.Resource.HealthCheckPath = path;
        return builder;
    }

    private static int? LaunchProfilePort(string projectPath)
    {
        var launchSettings = Path.Combine(Path.GetDirectoryName(projectPath)!, "Properties", "launchSettings.json");
        if (!File.Exists(launchSettings))
        {
            return null;
        }

        using var document = JsonDocument.Parse(File.ReadAllText(launchSettings));
        if (!document.RootElement.TryGetProperty("profiles", out var profiles))
        {
            return null;
        }

        foreach (var profile in profiles.EnumerateObject())
        {
            if (profile.Value.TryGetProperty("applicationUrl", out var urls))
            {
                var http = urls.GetString()!.Split(';').FirstOrDefault(u => u.StartsWith("http://", StringComparison.Ordinal));
                if (http is not null)
                {
                    return new Uri(http).Port;
                }
            }
        }

        return null;
    }
}
