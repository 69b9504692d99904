namespace Aspire.Hosting.ApplicationModel;

/// <summary>
/// PostgreSQL run as a plain process by DCP, for machines without a container runtime. DCP only runs executables
/// and containers, so the server is an <see cref="ExecutableResource"/>: DCP starts it, watches it, shows its console
/// output and state, and removes it when the AppHost goes (also after a kill -9).
/// </summary>
/// <param name="command">postgres itself, or setpriv when the AppHost is root (PostgreSQL refuses to run as root).</param>
public sealed class EmbeddedPostgresServerResource(string name, string command, string workingDirectory, ParameterResource password, EmbeddedPostgresSettings settings)
    : ExecutableResource(name, command, workingDirectory), IResourceWithConnectionString
{
    public const string PrimaryEndpointName = "tcp";
    public const string UserName = "postgres";

    /// <summary>Loopback only: the server is started with listen_addresses set to this address.</summary>
    public const string Host = "127.0.0.1";

    public ParameterResource PasswordParameter { get; } = password;

    public EmbeddedPostgresSettings Settings { get; } = settings;

    public EndpointReference PrimaryEndpoint => field ??= new(this, PrimaryEndpointName);

    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create(
        $"Host={Host};Port={PrimaryEndpoint.Property(EndpointProperty.TargetPort)};Username={UserName};Password={PasswordParameter}");
}
