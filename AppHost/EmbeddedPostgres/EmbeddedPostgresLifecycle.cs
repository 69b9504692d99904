using System.Globalization;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace WhisperAspire.Hosting.EmbeddedPostgres;

/// <summary>
/// What happens around the process DCP runs: before it starts, binaries, account and cluster are made ready (and
/// every reason the server could not start is turned into a message); once it answers, its databases are created;
/// when the AppHost stops, the server gets a fast shutdown before DCP stops it.
/// </summary>
internal sealed class EmbeddedPostgresLifecycle(EmbeddedPostgresServerResource server, int port)
{
    private Task? _preparation;
    private ServerAccount? _account;
    private DataDirectory? _dataDirectory;
    private PostgresBinaries? _binaries;
    private IServiceProvider? _services;

    public Task BeginPreparation(IServiceProvider services)
    {
        _services = services;
        _preparation = Task.Run(() => PrepareAsync(services));
        services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.Register(ShutDownServer);
        return Task.CompletedTask;
    }

    public async Task CompletePreparationAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        try
        {
            await (_preparation ?? PrepareAsync(services)).WaitAsync(cancellationToken);
        }
        catch (EmbeddedPostgresException ex)
        {
            Fail(ex.Message);
            // Nothing to start: stay here until the stop that Fail asked for cancels the start.
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
    }

    public void AddServerArguments(CommandLineArgsCallbackContext context)
    {
        string[] arguments =
        [
            "-D", server.Settings.DataDirectory,
            "-p", port.ToString(CultureInfo.InvariantCulture),
            // Loopback only, and no Unix socket: nothing but TCP on 127.0.0.1 reaches this server.
            "-c", "listen_addresses=" + EmbeddedPostgresServerResource.Host,
            "-c", "unix_socket_directories=",
        ];
        var account = _account ?? ServerAccount.CurrentUser;
        foreach (var argument in account.SwitchesUser ? account.SetprivArguments(_binaries!.Postgres, arguments) : arguments)
        {
            context.Args.Add(argument);
        }
    }

    public async Task CreateDatabasesAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var notifications = services.GetRequiredService<ResourceNotificationService>();
        var connectionString = new NpgsqlConnectionStringBuilder(await server.ConnectionStringExpression.GetValueAsync(cancellationToken))
        {
            Pooling = false, // one use: leave no idle session behind
        }.ConnectionString;
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        foreach (var database in services.GetRequiredService<DistributedApplicationModel>().Resources
                     .OfType<EmbeddedPostgresDatabaseResource>().Where(d => d.Parent == server))
        {
            await using (var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = $1", connection))
            {
                exists.Parameters.Add(new() { Value = database.DatabaseName });
                if (await exists.ExecuteScalarAsync(cancellationToken) is null)
                {
                    var quoted = "\"" + database.DatabaseName.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
                    await using var create = new NpgsqlCommand($"CREATE DATABASE {quoted}", connection);
                    await create.ExecuteNonQueryAsync(cancellationToken);
                    services.GetRequiredService<ResourceLoggerService>().GetLogger(database).LogInformation("Created database {Database}", database.DatabaseName);
                }
            }

            await notifications.PublishUpdateAsync(database, s => s with
            {
                State = KnownResourceStates.Running,
                StartTimeStamp = DateTime.UtcNow,
                StopTimeStamp = null,
            });
        }
    }

    public async Task ReportDatabasesStoppedAsync(IServiceProvider services)
    {
        var notifications = services.GetRequiredService<ResourceNotificationService>();
        foreach (var database in services.GetRequiredService<DistributedApplicationModel>().Resources
                     .OfType<EmbeddedPostgresDatabaseResource>().Where(d => d.Parent == server))
        {
            await notifications.PublishUpdateAsync(database, s => s with { State = KnownResourceStates.Finished, StopTimeStamp = DateTime.UtcNow });
        }
    }

    private async Task PrepareAsync(IServiceProvider services)
    {
        var logger = services.GetRequiredService<ResourceLoggerService>().GetLogger(server);
        var settings = server.Settings;
        var cancellationToken = services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;

        _binaries = settings.BinDirectory is { } installed
            ? await PostgresBinaries.FromInstalledAsync(installed, cancellationToken)
            : await new PostgresBinaryCache(settings.CacheDirectory).EnsureAsync(ProgressLogger(services, logger), cancellationToken);
        logger.LogInformation("Binaries: {BinDirectory}", _binaries.BinDirectory);

        _account = await ServerAccount.ResolveAsync(settings.RunAs, cancellationToken);
        await FolderAccess.EnsureReachableAsync(settings.DataDirectory, _account, cancellationToken);

        _dataDirectory = new DataDirectory(settings.DataDirectory);
        _dataDirectory.Lock();
        var password = await server.PasswordParameter.GetValueAsync(cancellationToken) ?? "";
        await _dataDirectory.PrepareAsync(_binaries, _account, password, ProgressLogger(services, logger),
            (line, isError) => logger.Log(isError ? LogLevel.Warning : LogLevel.Information, "{Line}", line),
            cancellationToken);
        PortAvailability.EnsureFree(port);
    }

    /// <summary>Slow first-run work (download, initdb) is worth a line on the AppHost's console too.</summary>
    private ILogger ProgressLogger(IServiceProvider services, ILogger resourceLogger) =>
        new TeeLogger(resourceLogger, services.GetRequiredService<ILoggerFactory>().CreateLogger(server.Name));

    /// <summary>
    /// The server cannot start for a reason the user must fix: say it on the console and in the dashboard, then stop
    /// the AppHost with exit code 1. There is nothing to look at without a database.
    /// </summary>
    public void Fail(string message)
    {
        var services = _services!;
        services.GetRequiredService<ResourceLoggerService>().GetLogger(server).LogError("{Reason}", message);
        services.GetRequiredService<ILoggerFactory>().CreateLogger(server.Name).LogCritical("{Reason}", message);
        Environment.ExitCode = 1;
        services.GetRequiredService<IHostApplicationLifetime>().StopApplication();
    }

    private void ShutDownServer()
    {
        if (_dataDirectory is { } dataDirectory && _preparation is { IsCompletedSuccessfully: true })
        {
            dataDirectory.FastShutdownAsync(TimeSpan.FromSeconds(10)).GetAwaiter().GetResult();
        }

        _dataDirectory?.Dispose();
    }
}
