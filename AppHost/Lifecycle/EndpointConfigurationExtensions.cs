using Microsoft.Extensions.Configuration;

namespace WhisperAspire.AppHost.Lifecycle;

public static class EndpointConfigurationExtensions
{
    /// <summary>
    /// Lets a setting move the port of a project's http endpoint (its launch profile's applicationUrl otherwise), so a
    /// second stack or a busy port needs no code change: --Api:Port=5081.
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithPortFromConfiguration(this IResourceBuilder<ProjectResource> project, string setting)
    {
        var port = project.ApplicationBuilder.Configuration.GetValue<int?>(setting);
        return port is null ? project : project.WithEndpoint("http", endpoint => endpoint.Port = port);
    }
}
