using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using WhisperAspire.Hosting.Dashboard.Components;
using WhisperAspire.Hosting.Dashboard.Otlp;
using WhisperAspire.Hosting.Dashboard.Storage;
using WhisperAspire.Hosting.Orchestration;

namespace WhisperAspire.Hosting.Dashboard;

/// <summary>
/// Starts the dashboard with the AppHost and stops it after the resources: the telemetry archive, the OTLP receiver
/// and the UI, each its own Kestrel inside this process. A dashboard that cannot start stops the AppHost with a reason.
/// The listeners start beside PostgreSQL rather than before it; only projects, which export telemetry from their
/// first second, wait for them (<see cref="IProjectStartGate"/>).
/// </summary>
internal sealed class DashboardHost(
    DashboardOptions options,
    TelemetryArchiveWriter archive,
    IServiceProvider appHost,
    IHostApplicationLifetime lifetime,
    ILogger<DashboardHost> logger) : IHostedService, IProjectStartGate
{
    private readonly List<WebApplication> _apps = [];
    private Task _listening = Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        // The checks are quick and decide whether the AppHost may go on at all, so they come first.
        var problem = options.Problem() ?? PortInUse();
        if (problem is not null)
        {
            Fail(problem);
            return Task.CompletedTask;
        }

        _listening = Task.Run(() => StartListenersAsync(cancellationToken), CancellationToken.None);
        return Task.CompletedTask;
    }

    public Task WaitAsync(CancellationToken cancellationToken) => _listening.WaitAsync(cancellationToken);

    private async Task StartListenersAsync(CancellationToken cancellationToken)
    {
        try
        {
            archive.Start();
        }
        catch (Exception ex) when (ex is SqliteException or IOException or UnauthorizedAccessException)
        {
            Fail($"The dashboard cannot open its telemetry archive: {ex.Message}. Choose another state folder with " +
                $"--{StateDirectories.DataSetting}=<folder>, or switch the dashboard off with --{DashboardOptions.Section}:Enabled=false.");
            return;
        }

        try
        {
            foreach (var app in new[] { OtlpReceiver.Build(options, appHost), DashboardUi.Build(options, appHost) })
            {
                _apps.Add(app);
                await app.StartAsync(cancellationToken);
            }
        }
        catch (IOException ex)
        {
            // Something took a port between the check and the bind.
            Fail($"The dashboard could not listen: {ex.Message} {WayOut}");
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _listening;
        foreach (var app in Enumerable.Reverse(_apps))
        {
            await app.StopAsync(cancellationToken);
            await app.DisposeAsync();
        }

        await archive.StopAsync();
    }

    private static string WayOut =>
        $"Choose free ports with --{DashboardOptions.Section}:Port, --{DashboardOptions.Section}:OtlpGrpcPort and " +
        $"--{DashboardOptions.Section}:OtlpHttpPort, or switch the dashboard off with --{DashboardOptions.Section}:Enabled=false.";

    private string? PortInUse()
    {
        foreach (var (setting, port) in new[] { ("Port", options.Port), ("OtlpGrpcPort", options.OtlpGrpcPort), ("OtlpHttpPort", options.OtlpHttpPort) })
        {
            try
            {
                using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                socket.Bind(new IPEndPoint(IPAddress.Loopback, port));
            }
            catch (SocketException ex) when (ex.SocketErrorCode == SocketError.AddressAlreadyInUse)
            {
                return $"The dashboard's port {port} ({DashboardOptions.Section}:{setting}) is already in use on 127.0.0.1 — another AppHost " +
                    $"or Aspire dashboard may be running (ss -ltnp 'sport = :{port}' names it). Stop it, or pass " +
                    $"--{DashboardOptions.Section}:{setting}=<free port>; --{DashboardOptions.Section}:Enabled=false runs the stack without a dashboard.";
            }
        }

        return null;
    }

    private void Fail(string reason)
    {
        logger.LogError("{Reason}", reason);
        Environment.ExitCode = 1;
        lifetime.StopApplication();
    }
}
