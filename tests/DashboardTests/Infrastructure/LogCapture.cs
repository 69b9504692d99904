using System.Text;
using Microsoft.Extensions.Logging;

namespace WhisperAspire.DashboardTests.Infrastructure;

/// <summary>What the AppHost and its resources logged, kept to explain a stack that would not start.</summary>
internal sealed class LogCapture : ILoggerProvider
{
    private readonly StringBuilder _lines = new();

    public override string ToString()
    {
        lock (_lines)
        {
            return _lines.ToString();
        }
    }

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private void Append(string line)
    {
        lock (_lines)
        {
            _lines.AppendLine(line);
        }
    }

    private sealed class Logger(LogCapture capture, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                capture.Append($"{DateTime.Now:HH:mm:ss.fff} {logLevel} {category}: {formatter(state, exception)}{(exception is null ? "" : Environment.NewLine + exception)}");
            }
        }
    }
}
