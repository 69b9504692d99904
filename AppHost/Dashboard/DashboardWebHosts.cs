using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace WhisperAspire.Hosting.Dashboard;

/// <summary>
/// What the dashboard's two web hosts (the UI, the OTLP receiver) share: Kestrel on loopback only, logs to the AppHost's
/// console, and the AppHost's own singletons (resource states, console logs, the telemetry store) rather than copies.
/// </summary>
internal static class DashboardWebHosts
{
    public static WebApplicationBuilder CreateBuilder(IServiceProvider appHost, Action<KestrelServerOptions> listen)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            // Static web assets are found by the AppHost assembly's name, also when a test process hosts the AppHost.
            ApplicationName = typeof(DashboardWebHosts).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
            Args = [],
        });
        builder.WebHost.ConfigureKestrel(listen);
        // The AppHost answers Ctrl+C and SIGTERM and stops these hosts itself; their own console lifetime would take the signal.
        builder.Services.AddSingleton<IHostLifetime, StartedAndStoppedByTheAppHost>();
        builder.Logging.ClearProviders();
        builder.Logging.AddProvider(new AppHostLoggerProvider(appHost.GetRequiredService<ILoggerFactory>()));
        // Request logs would print the login link's token; the dashboard's own warnings and errors still show.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        return builder;
    }

    /// <summary>Registers the AppHost's instance of <typeparamref name="T"/> in a web host's container.</summary>
    public static IServiceCollection Share<T>(this IServiceCollection services, IServiceProvider appHost) where T : class =>
        services.AddSingleton(appHost.GetRequiredService<T>());

    private sealed class StartedAndStoppedByTheAppHost : IHostLifetime
    {
        public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
