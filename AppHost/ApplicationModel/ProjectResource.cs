namespace WhisperAspire.Hosting.ApplicationModel;

/// <summary>A .NET project of this solution, run as its own process from its build output.</summary>
public sealed class ProjectResource(string name, IProjectMetadata metadata) : Resource(name)
{
    public override string Kind => "Project";

    public IProjectMetadata Metadata { get; } = metadata;

    public List<IResourceWithConnectionString> References { get; } = [];

    /// <summary>Environment variables set on the process, evaluated when it starts.</summary>
    public Dictionary<string, Func<string>> Environment { get; } = [];

    /// <summary>The HTTP endpoint, when the project serves HTTP (taken from its launch profile).</summary>
    public HttpEndpoint? Endpoint { get; set; }

    /// <summary>A path answered with 200 when the project is ready, probed on <see cref="Endpoint"/>.</summary>
    public string? HealthCheckPath { get; set; }

    public override string? Describe() => Endpoint is null ? null : $"{Name} listens on {Endpoint.Url}";
}

/// <summary>Where a project listens: always loopback, never every interface.</summary>
public sealed record HttpEndpoint(int Port)
{
    public string Url => $"http://127.0.0.1:{Port}";
}
