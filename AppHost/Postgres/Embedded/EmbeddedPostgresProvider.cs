using System.Globalization;
using Microsoft.Extensions.Logging;
using WhisperAspire.Hosting.Orchestration;

namespace WhisperAspire.Hosting.Postgres.Embedded;

/// <summary>PostgreSQL 16.4 as a child process of the AppHost, from cached npm binaries or an installed PostgreSQL 16.</summary>
internal sealed class EmbeddedPostgresProvider(PostgresBinaryCache binaryCache, ResourceLoggerService logs, ILogger logger) : IPostgresProvider
{
    private DataDirectory? _dataDirectory;

    public async Task<ManagedProcess> StartAsync(PostgresServerResource server, CancellationToken cancellationToken)
    {
        var options = server.Options;
        var binaries = options.BinDirectory is { } installed
            ? await PostgresBinaries.FromInstalledAsync(installed, cancellationToken)
            : await binaryCache.EnsureAsync(logger, cancellationToken);
        logger.LogInformation("Binaries: {BinDirectory}", binaries.BinDirectory);
        var account = await ServerAccount.ResolveAsync(options.RunAs, cancellationToken);

        _dataDirectory = new DataDirectory(options.DataDirectory!);
        _dataDirectory.Lock();
        await _dataDirectory.PrepareAsync(binaries, account, server.Password, logger,
            (line, isError) => logs.Append(server, line, isError), cancellationToken);
        PortAvailability.EnsureFree(server.Port);

        var command = account.Command(binaries.Postgres,
        [
            "-D", _dataDirectory.Path,
            "-p", server.Port.ToString(CultureInfo.InvariantCulture),
            // Loopback only, and no Unix socket: nothing but TCP on 127.0.0.1 reaches this server.
            "-c", "listen_addresses=" + PostgresServerResource.Host,
            "-c", "unix_socket_directories=",
        ]);
        return ManagedProcess.Start(command, server, logs, PosixSignals.SigInt);
    }

    public ValueTask DisposeAsync()
    {
        _dataDirectory?.Dispose();
        return ValueTask.CompletedTask;
    }
}
