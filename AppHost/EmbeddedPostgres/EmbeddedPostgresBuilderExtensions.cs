using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using WhisperAspire.Hosting.EmbeddedPostgres;

// In Aspire.Hosting, as Aspire's own AddX extensions are, so an AppHost's Program.cs needs no using.
namespace Aspire.Hosting;

/// <summary>
/// PostgreSQL 16.4 without a container runtime: the npm package's binaries (or an installed PostgreSQL 16), run by
/// DCP as an executable resource. The counterpart of Aspire.Hosting.PostgreSQL's AddPostgres/AddDatabase: the same
/// shape of connection string reaches the services through WithReference.
/// </summary>
public static class EmbeddedPostgresBuilderExtensions
{
    public static IResourceBuilder<EmbeddedPostgresServerResource> AddEmbeddedPostgres(this IDistributedApplicationBuilder builder,
        string name, IResourceBuilder<ParameterResource> password, int port, EmbeddedPostgresSettings settings)
    {
        var binaries = settings.BinDirectory is { } installed
            ? new PostgresBinaries(Path.GetFullPath(installed))
            : new PostgresBinaryCache(settings.CacheDirectory).Binaries;

        // DCP takes the command when it prepares the model, before anything is downloaded: the path is known already.
        var command = ServerAccount.IsRoot ? "setpriv" : binaries.Postgres;
        var server = new EmbeddedPostgresServerResource(name, command, settings.DataDirectory, password.Resource, settings);
        var lifecycle = new EmbeddedPostgresLifecycle(server, port);

        // Fetching binaries and checking (or creating) the cluster run beside DCP's own start-up.
        builder.Eventing.Subscribe<BeforeStartEvent>((@event, _) => lifecycle.BeginPreparation(@event.Services));

        var healthCheckKey = $"{name}_check";
        builder.Services.AddHealthChecks().Add(new HealthCheckRegistration(healthCheckKey,
            services => new PostgresHealthCheck(server, lifecycle.Fail), failureStatus: null, tags: null));

        return builder.AddResource(server)
            .WithEndpoint(port: port, targetPort: port, scheme: "tcp", name: EmbeddedPostgresServerResource.PrimaryEndpointName, isProxied: false)
            .WithArgs(lifecycle.AddServerArguments)
            .WithHealthCheck(healthCheckKey)
            .WithIconName("DatabaseStack")
            .OnBeforeResourceStarted((_, @event, cancellationToken) => lifecycle.CompletePreparationAsync(@event.Services, cancellationToken))
            .OnResourceReady((_, @event, cancellationToken) => lifecycle.CreateDatabasesAsync(@event.Services, cancellationToken))
            .OnResourceStopped((_, @event, _) => lifecycle.ReportDatabasesStoppedAsync(@event.Services));
    }

    /// <summary>A database on the embedded server, created when missing, healthy once it answers SELECT 1.</summary>
    public static IResourceBuilder<EmbeddedPostgresDatabaseResource> AddDatabase(this IResourceBuilder<EmbeddedPostgresServerResource> builder,
        string name, string? databaseName = null)
    {
        var database = new EmbeddedPostgresDatabaseResource(name, databaseName ?? name, builder.Resource);

        var healthCheckKey = $"{name}_check";
        builder.ApplicationBuilder.Services.AddHealthChecks().Add(new HealthCheckRegistration(healthCheckKey,
            services => new PostgresHealthCheck(database, onWrongPassword: null), failureStatus: null, tags: null));

        return builder.ApplicationBuilder.AddResource(database)
            .WithHealthCheck(healthCheckKey)
            .WithIconName("Database")
            // A child of an executable does not follow its parent's state: the lifecycle publishes it (Running once created).
            .WithInitialState(new CustomResourceSnapshot
            {
                ResourceType = "PostgresDatabase",
                State = KnownResourceStates.Waiting,
                Properties = [new("postgres.database", database.DatabaseName)],
            });
    }
}
