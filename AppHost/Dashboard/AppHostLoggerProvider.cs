using Microsoft.Extensions.Logging;

namespace WhisperAspire.Hosting.Dashboard;

/// <summary>Sends the dashboard's web hosts' logs to the AppHost's console, in its format, under its filters.</summary>
internal sealed class AppHostLoggerProvider(ILoggerFactory appHostLoggers) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => appHostLoggers.CreateLogger(categoryName);

    public void Dispose()
    {
        // The AppHost owns the factory.
    }
}
