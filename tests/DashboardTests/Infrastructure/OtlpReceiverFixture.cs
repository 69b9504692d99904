using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using WhisperAspire.Hosting.Dashboard;
using WhisperAspire.Hosting.Dashboard.Otlp;
using WhisperAspire.Hosting.Dashboard.Security;
using WhisperAspire.Hosting.Dashboard.Storage;
using WhisperAspire.IntegrationTests.Infrastructure;

namespace WhisperAspire.DashboardTests.Infrastructure;

/// <summary>The dashboard's real OTLP receiver (gRPC and HTTP) on free loopback ports, with its store and archive.</summary>
public sealed class OtlpReceiverFixture : IAsyncLifetime
{
    private readonly string _state = TestDirectories.Create("otlp");
    private ServiceProvider _services = null!;
    private WebApplication _receiver = null!;

    public DashboardOptions Options { get; } = new() { Port = FreePort.Next(), OtlpGrpcPort = FreePort.Next(), OtlpHttpPort = FreePort.Next() };

    public DashboardSecrets Secrets { get; } = new();

    public TelemetryStore Store => _services.GetRequiredService<TelemetryStore>();

    public TelemetryArchive Archive => _services.GetRequiredService<TelemetryArchive>();

    public async ValueTask InitializeAsync()
    {
        _services = new ServiceCollection()
            .AddLogging()
            .AddSingleton(TimeProvider.System)
            .AddTelemetryPipeline(Options, Secrets, Path.Combine(_state, "telemetry.db"))
            .BuildServiceProvider();
        _services.GetRequiredService<TelemetryArchiveWriter>().Start();
        _receiver = OtlpReceiver.Build(Options, _services);
        await _receiver.StartAsync();
    }

    /// <summary>Waits until the store holds what the test exported (exporters send asynchronously).</summary>
    public async Task<T> EventuallyAsync<T>(Func<TelemetryStore, T?> probe) where T : class
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        while (true)
        {
            if (probe(Store) is { } found)
            {
                return found;
            }

            await Task.Delay(50, timeout.Token);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _receiver.StopAsync();
        await _receiver.DisposeAsync();
        await _services.GetRequiredService<TelemetryArchiveWriter>().StopAsync();
        await _services.DisposeAsync();
        TestDirectories.Delete(_state);
    }
}
