using Microsoft.Extensions.Logging;

namespace WhisperAspire.Hosting.EmbeddedPostgres;

/// <summary>Writes each entry to two loggers: the resource's console in the dashboard and the AppHost's own console.</summary>
internal sealed class TeeLogger(ILogger first, ILogger second) : ILogger
{
    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => first.BeginScope(state);

    public bool IsEnabled(LogLevel logLevel) => first.IsEnabled(logLevel) || second.IsEnabled(logLevel);

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        first.Log(logLevel, eventId, state, exception, formatter);
        second.Log(logLevel, eventId, state, exception, formatter);
    }
}
