using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;
using WhisperAspire.Hosting.ApplicationModel;
using WhisperAspire.Hosting.Orchestration;
using WhisperAspire.Hosting.Postgres.Container;
using WhisperAspire.Hosting.Postgres.Embedded;

namespace WhisperAspire.Hosting.Postgres;

/// <summary>Chooses the provider, starts the server, declares it healthy once SELECT 1 answers, and stops it cleanly.</summary>
internal sealed class PostgresServerRunner(
    ResourceNotificationService notifications,
    ResourceLoggerService logs,
    PostgresBinaryCache binaryCache,
    TimeProvider time,
    ILoggerFactory loggerFactory) : IResourceRunner
{
    // PostgreSQL's fast shutdown writes a checkpoint; give it time so the next start needs no crash recovery.
    private static readonly TimeSpan StopGracePeriod = TimeSpan.FromSeconds(30);
    private IPostgresProvider? _provider;
    private ManagedProcess? _process;

    public bool CanRun(Resource resource) => resource is PostgresServerResource;

    public async Task StartAsync(Resource resource, CancellationToken cancellationToken)
    {
        var server = (PostgresServerResource)resource;
        var logger = loggerFactory.CreateLogger(server.Name);
        var kind = PostgresProviderSelector.Select(server.Options.Provider, server.Options.BinDirectory is not null, DockerEngine.Answers);
        _provider = kind == PostgresProviderKind.Embedded
            ? new EmbeddedPostgresProvider(binaryCache, logs, logger)
            : new ContainerPostgresProvider(logs, logger);
        logger.LogInformation("Provider: {Provider}", kind.ToString().ToLowerInvariant());

        _process = await _provider.StartAsync(server, cancellationToken);
        notifications.Publish(server, s => s with
        {
            State = ResourceState.Running,
            Health = HealthStatus.Unhealthy,
            ProcessId = _process.ProcessId,
            StartedAt = time.GetUtcNow(),
            Urls = [$"tcp://{PostgresServerResource.Host}:{server.Port}"],
        });
        _ = ReportExitAsync(server, _process, logger);

        try
        {
            await PostgresReadiness.WaitAsync(server.GetConnectionString(), _process.Exited, cancellationToken);
        }
        catch (OperationCanceledException) when (_process.Exited.IsCompleted && !cancellationToken.IsCancellationRequested)
        {
            throw new ResourceStartException(
                $"PostgreSQL exited (code {await _process.Exited}) before accepting connections. Its last output:{Environment.NewLine}  " +
                string.Join(Environment.NewLine + "  ", logs.Tail(server, 15)));
        }

        notifications.Publish(server, s => s.State == ResourceState.Running ? s with { Health = HealthStatus.Healthy } : s);
    }

    public async Task StopAsync(Resource resource, CancellationToken cancellationToken)
    {
        if (_process is not null)
        {
            await _process.StopAsync(StopGracePeriod);
        }

        if (_provider is not null)
        {
            await _provider.DisposeAsync();
        }
    }

    private async Task ReportExitAsync(PostgresServerResource server, ManagedProcess process, ILogger logger)
    {
        var exitCode = await process.Exited;
        notifications.Publish(server, s => s with
        {
            State = process.StopRequested && exitCode == 0 ? ResourceState.Finished : ResourceState.Exited,
            ExitCode = exitCode,
            Health = null,
            StoppedAt = time.GetUtcNow(),
        });

        if (!process.StopRequested)
        {
            logger.LogError("PostgreSQL stopped unexpectedly (exit code {ExitCode}). Last output:{NewLine}  {Tail}",
                exitCode, Environment.NewLine, string.Join(Environment.NewLine + "  ", logs.Tail(server, 15)));
        }
    }
}
