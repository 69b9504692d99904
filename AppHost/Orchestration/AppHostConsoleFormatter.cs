using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;

namespace WhisperAspire.Hosting.Orchestration;

/// <summary>
/// One line per event, "HH:mm:ss.fff  resource  message": the AppHost's console is a timeline of the stack,
/// and the category is the resource's name.
/// </summary>
internal sealed class AppHostConsoleFormatter() : ConsoleFormatter(FormatterName)
{
    public const string FormatterName = "apphost";

    public override void Write<TState>(in LogEntry<TState> logEntry, IExternalScopeProvider? scopeProvider, TextWriter textWriter)
    {
        var message = logEntry.Formatter(logEntry.State, logEntry.Exception);
        var category = logEntry.Category.StartsWith("WhisperAspire.", StringComparison.Ordinal) ? "apphost" : logEntry.Category;
        var level = logEntry.LogLevel switch
        {
            LogLevel.Warning => "warn: ",
            LogLevel.Error or LogLevel.Critical => "error: ",
            _ => "",
        };

        textWriter.Write($"{DateTime.Now:HH:mm:ss.fff}  {category,-13} {level}{message}{Environment.NewLine}");
        if (logEntry.Exception is not null && logEntry.LogLevel >= LogLevel.Error)
        {
            textWriter.Write($"{logEntry.Exception}{Environment.NewLine}");
        }
    }
}
