namespace WhisperAspire.Hosting.Dashboard.Storage;

public sealed record TraceSummary(
    string TraceId, string Name, IReadOnlyList<string> Resources, DateTime Start, TimeSpan Duration, int SpanCount, bool HasError);

public sealed record InstrumentSummary(string Resource, string Name, string Unit, string Description, int Points, double Latest);

public sealed record SignalCount(int Stored, long Evicted, int Limit);

public sealed record TelemetryCounts(SignalCount Spans, SignalCount Logs, SignalCount Points);

public sealed record LogFilter(string? Resource = null, LogSeverity MinimumLevel = LogSeverity.Trace, string? Text = null)
{
    public bool Matches(LogEntry entry) =>
        (Resource is null || entry.Resource == Resource) &&
        entry.Level >= MinimumLevel &&
        (string.IsNullOrWhiteSpace(Text) || entry.Message.Contains(Text, StringComparison.OrdinalIgnoreCase) ||
            entry.Attributes.Any(a => a.Value.Contains(Text, StringComparison.OrdinalIgnoreCase)));
}

/// <summary>
/// The telemetry of one run, bounded per signal (oldest out first), with the indexes the pages need: spans by
/// trace, points by instrument. One lock: ingestion takes it once per export, pages once per refresh.
/// </summary>
public sealed class TelemetryStore(TelemetryLimits limits)
{
    private readonly Lock _gate = new();
    private readonly BoundedBuffer<SpanRecord> _spans = new(limits.MaxSpans);
    private readonly BoundedBuffer<LogEntry> _logs = new(limits.MaxLogRecords);
    private readonly BoundedBuffer<MetricPoint> _points = new(limits.MaxMetricPoints);
    private readonly Dictionary<string, List<SpanRecord>> _traces = [];
    private readonly Dictionary<(string Resource, string Instrument), Queue<MetricPoint>> _series = [];
    private readonly SortedSet<string> _resources = new(StringComparer.Ordinal);
    private long _version;

    /// <summary>Changes with every batch; pages compare it to decide whether to render again.</summary>
    public long Version => Interlocked.Read(ref _version);

    public void Add(TelemetryBatch batch)
    {
        lock (_gate)
        {
            foreach (var span in batch.Spans)
            {
                AddSpan(span);
            }

            foreach (var log in batch.Logs)
            {
                _resources.Add(log.Resource);
                _logs.Add(log);
            }

            foreach (var point in batch.Points)
            {
                AddPoint(point);
            }

            _version++;
        }
    }

    public TelemetryCounts Counts()
    {
        lock (_gate)
        {
            return new TelemetryCounts(
                new SignalCount(_spans.Count, _spans.Evicted, _spans.Capacity),
                new SignalCount(_logs.Count, _logs.Evicted, _logs.Capacity),
                new SignalCount(_points.Count, _points.Evicted, _points.Capacity));
        }
    }

    public IReadOnlyList<string> Resources()
    {
        lock (_gate)
        {
            return [.. _resources];
        }
    }

    /// <summary>The traces with the most recently received spans first.</summary>
    public IReadOnlyList<TraceSummary> RecentTraces(string? resource, int max)
    {
        lock (_gate)
        {
            return [.. _spans.NewestFirst()
                .Select(s => s.TraceId)
                .Distinct()
                .Select(id => _traces[id])
                .Where(spans => resource is null || spans.Any(s => s.Resource == resource))
                .Take(max)
                .Select(Summarize)];
        }
    }

    /// <summary>The spans of one trace in start order; empty when it is unknown or was evicted.</summary>
    public IReadOnlyList<SpanRecord> Trace(string traceId)
    {
        lock (_gate)
        {
            return _traces.TryGetValue(traceId, out var spans) ? [.. spans.OrderBy(s => s.Start)] : [];
        }
    }

    public IReadOnlyList<LogEntry> Logs(LogFilter filter, int max)
    {
        lock (_gate)
        {
            return [.. _logs.NewestFirst().Where(filter.Matches).Take(max)];
        }
    }

    public IReadOnlyList<InstrumentSummary> Instruments()
    {
        lock (_gate)
        {
            return [.. _series
                .Select(s => (Last: s.Value.Last(), s.Value.Count))
                .Select(s => new InstrumentSummary(s.Last.Resource, s.Last.Instrument, s.Last.Unit, s.Last.Description, s.Count, s.Last.Value))
                .OrderBy(i => i.Resource, StringComparer.Ordinal).ThenBy(i => i.Name, StringComparer.Ordinal)];
        }
    }

    public IReadOnlyList<MetricPoint> Series(string resource, string instrument)
    {
        lock (_gate)
        {
            return _series.TryGetValue((resource, instrument), out var points) ? [.. points] : [];
        }
    }

    private void AddSpan(SpanRecord span)
    {
        _resources.Add(span.Resource);
        if (!_traces.TryGetValue(span.TraceId, out var trace))
        {
            _traces[span.TraceId] = trace = [];
        }

        trace.Add(span);
        if (_spans.Add(span) is { } evicted)
        {
            var evictedTrace = _traces[evicted.TraceId];
            evictedTrace.Remove(evicted);
            if (evictedTrace.Count == 0)
            {
                _traces.Remove(evicted.TraceId);
            }
        }
    }

    private void AddPoint(MetricPoint point)
    {
        _resources.Add(point.Resource);
        var key = (point.Resource, point.Instrument);
        if (!_series.TryGetValue(key, out var series))
        {
            _series[key] = series = new Queue<MetricPoint>();
        }

        series.Enqueue(point);
        if (_points.Add(point) is { } evicted)
        {
            // Oldest overall is also the oldest of its own series: both are first in, first out.
            var evictedKey = (evicted.Resource, evicted.Instrument);
            var evictedSeries = _series[evictedKey];
            evictedSeries.Dequeue();
            if (evictedSeries.Count == 0)
            {
                _series.Remove(evictedKey);
            }
        }
    }

    private static TraceSummary Summarize(List<SpanRecord> spans)
    {
        var start = spans.Min(s => s.Start);
        var end = spans.Max(s => s.End);
        var ids = spans.Select(s => s.SpanId).ToHashSet();
        var root = spans.FirstOrDefault(s => s.ParentSpanId is null) ??
            spans.Where(s => !ids.Contains(s.ParentSpanId!)).MinBy(s => s.Start) ?? spans[0];
        return new TraceSummary(
            root.TraceId,
            $"{root.Resource}: {root.Name}",
            [.. spans.Select(s => s.Resource).Distinct()],
            start,
            end - start,
            spans.Count,
            spans.Any(s => s.Status == SpanStatus.Error));
    }
}
