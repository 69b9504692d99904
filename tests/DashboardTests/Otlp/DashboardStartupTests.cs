using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using WhisperAspire.Hosting.Dashboard;
using WhisperAspire.Hosting.Dashboard.Security;
using WhisperAspire.Hosting.Dashboard.Storage;
using WhisperAspire.IntegrationTests.Infrastructure;

namespace WhisperAspire.DashboardTests.Otlp;

public sealed class DashboardStartupTests
{
    [Fact]
    public async Task A_port_in_use_stops_the_AppHost_with_the_setting_to_change()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;
        var options = new DashboardOptions { Port = FreePort.Next(), OtlpGrpcPort = port, OtlpHttpPort = FreePort.Next() };
        var state = TestDirectories.Create("startup");
        var logs = new List<string>();
        var lifetime = new ApplicationLifetime(NullLogger<ApplicationLifetime>.Instance);
        var exitCode = Environment.ExitCode;
        await using var services = new ServiceCollection()
            .AddLogging(logging => logging.AddProvider(new ListLoggerProvider(logs)))
            .AddSingleton(TimeProvider.System)
            .AddSingleton<IHostApplicationLifetime>(lifetime)
            .AddTelemetryPipeline(options, new DashboardSecrets(), Path.Combine(state, "telemetry.db"))
            .AddSingleton<DashboardHost>()
            .BuildServiceProvider();
        try
        {
            await services.GetRequiredService<DashboardHost>().StartAsync(TestContext.Current.CancellationToken);

            Assert.True(lifetime.ApplicationStopping.IsCancellationRequested);
            Assert.Equal(1, Environment.ExitCode);
            var message = Assert.Single(logs);
            Assert.Contains($"port {port} (Dashboard:OtlpGrpcPort) is already in use", message, StringComparison.Ordinal);
            Assert.Contains("--Dashboard:OtlpGrpcPort=<free port>", message, StringComparison.Ordinal);
            Assert.Contains("--Dashboard:Enabled=false", message, StringComparison.Ordinal);
        }
        finally
        {
            // The AppHost's exit code is this test process's too.
            Environment.ExitCode = exitCode;
            TestDirectories.Delete(state);
        }
    }

    private sealed class ListLoggerProvider(List<string> messages) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new ListLogger(messages);

        public void Dispose()
        {
        }

        private sealed class ListLogger(List<string> messages) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                if (IsEnabled(logLevel))
                {
                    messages.Add(formatter(state, exception));
                }
            }
        }
    }
}
