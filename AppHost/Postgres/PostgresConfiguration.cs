using Microsoft.Extensions.Configuration;

namespace WhisperAspire.AppHost.Postgres;

/// <summary>
/// The "Postgres" section of the AppHost's configuration (appsettings.json, Postgres__X environment variables,
/// --Postgres:X=… on the command line) turned into what either PostgreSQL path needs.
/// </summary>
internal static class PostgresConfiguration
{
    public const string Section = "Postgres";

    public static PostgresOptions GetPostgresOptions(this IDistributedApplicationBuilder builder, int defaultPort)
    {
        var section = builder.Configuration.GetSection(Section);
        var options = section.Get<PostgresOptions>() ?? new PostgresOptions();
        if (section["Port"] is null)
        {
            options.Port = defaultPort;
        }

        options.DataDirectory = Path.GetFullPath(options.DataDirectory
            ?? Path.Combine(StateDirectories.From(builder.Configuration).Data, "postgres-16"));
        return options;
    }

    /// <summary>Postgres:Provider, or auto: Aspire's container when a container runtime answers, else the embedded server.</summary>
    public static bool UsesContainer(this PostgresOptions options) =>
        PostgresProviderSelector.Select(options.Provider, options.BinDirectory is not null, DockerEngine.Answers) == PostgresProviderKind.Container;

    /// <summary>
    /// The superuser's password as a secret parameter, the same for both paths: Postgres:Password when set, otherwise one
    /// generated once and kept in the state folder's secrets (mode 0600), so the cluster and the password stay together.
    /// </summary>
    public static IResourceBuilder<ParameterResource> AddPostgresPassword(this IDistributedApplicationBuilder builder, PostgresOptions options)
    {
        var stored = Path.Combine(StateDirectories.From(builder.Configuration).Secrets, "postgres-password");
        // Read (or generated) once, when first needed: health checks resolve the connection string every time they run.
        var password = new Lazy<string>(() => options.Password is { Length: > 0 } configured ? configured : PasswordStore.GetOrCreate(stored));
        return builder.AddParameter("postgres-password", () => password.Value, secret: true);
    }

    public static EmbeddedPostgresSettings EmbeddedSettings(this PostgresOptions options, IDistributedApplicationBuilder builder) => new()
    {
        DataDirectory = options.DataDirectory!,
        CacheDirectory = StateDirectories.From(builder.Configuration).Cache,
        BinDirectory = options.BinDirectory,
        RunAs = options.RunAs,
    };
}
