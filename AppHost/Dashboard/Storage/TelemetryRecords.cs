namespace WhisperAspire.Hosting.Dashboard.Storage;

/// <summary>An attribute as the dashboard shows it; values are flattened to text once, on arrival.</summary>
public readonly record struct TelemetryAttribute(string Key, string Value);

public enum SpanStatus
{
    Unset,
    Ok,
    Error,
}

/// <summary>One span. Times are UTC. <see cref="ParentSpanId"/> is null for a root span.</summary>
public sealed record SpanRecord(
    string TraceId,
    string SpanId,
    string? ParentSpanId,
    string Name,
    string Kind,
    string Resource,
    string Scope,
    DateTime Start,
    DateTime End,
    SpanStatus Status,
    string? StatusMessage,
    TelemetryAttribute[] Attributes)
{
    public TimeSpan Duration => End - Start;
}

/// <summary>One OTLP log record; <see cref="Level"/> is derived from the severity number (1..24).</summary>
public sealed record LogEntry(
    DateTime Timestamp,
    int Severity,
    string Resource,
    string Category,
    string Message,
    TelemetryAttribute[] Attributes,
    string? TraceId,
    string? SpanId)
{
    public LogSeverity Level => LogSeverityNames.FromNumber(Severity);
}

/// <summary>One value of an instrument at one time: sums and gauges as sent, histograms as their mean.</summary>
public sealed record MetricPoint(string Resource, string Instrument, string Unit, string Description, DateTime Timestamp, double Value);

public enum LogSeverity
{
    Trace,
    Debug,
    Information,
    Warning,
    Error,
    Critical,
}

public static class LogSeverityNames
{
    /// <summary>OTLP groups severity numbers in fours: 1-4 trace, 5-8 debug, 9-12 info, 13-16 warn, 17-20 error, 21-24 fatal.</summary>
    public static LogSeverity FromNumber(int severity) => severity switch
    {
        <= 4 => LogSeverity.Trace,
        <= 8 => LogSeverity.Debug,
        <= 12 => LogSeverity.Information,
        <= 16 => LogSeverity.Warning,
        <= 20 => LogSeverity.Error,
        _ => LogSeverity.Critical,
    };
}

/// <summary>What one export brought: the unit of ingestion and of archiving.</summary>
public sealed record TelemetryBatch(IReadOnlyList<SpanRecord> Spans, IReadOnlyList<LogEntry> Logs, IReadOnlyList<MetricPoint> Points)
{
    public int Count => Spans.Count + Logs.Count + Points.Count;
}
