using System.Globalization;
using Google.Protobuf;
using OpenTelemetry.Proto.Collector.Logs.V1;
using OpenTelemetry.Proto.Collector.Metrics.V1;
using OpenTelemetry.Proto.Collector.Trace.V1;
using OpenTelemetry.Proto.Common.V1;
using OpenTelemetry.Proto.Metrics.V1;
using WhisperAspire.Hosting.Dashboard.Storage;
using ProtoSpanKind = OpenTelemetry.Proto.Trace.V1.Span.Types.SpanKind;
using ProtoStatusCode = OpenTelemetry.Proto.Trace.V1.Status.Types.StatusCode;

namespace WhisperAspire.Hosting.Dashboard.Otlp;

/// <summary>Turns OTLP export requests into the dashboard's records: ids as hex, times as UTC, attribute values as text.</summary>
internal static class OtlpConverter
{
    public const string UnknownService = "unknown_service";

    public static TelemetryBatch FromTraces(ExportTraceServiceRequest request)
    {
        var spans = new List<SpanRecord>();
        foreach (var resourceSpans in request.ResourceSpans)
        {
            var resource = ServiceName(resourceSpans.Resource);
            foreach (var scopeSpans in resourceSpans.ScopeSpans)
            {
                var scope = TextPool.Intern(scopeSpans.Scope?.Name ?? "");
                foreach (var span in scopeSpans.Spans)
                {
                    spans.Add(new SpanRecord(
                        Hex(span.TraceId),
                        Hex(span.SpanId),
                        span.ParentSpanId.IsEmpty ? null : Hex(span.ParentSpanId),
                        TextPool.Intern(span.Name),
                        Kind(span.Kind),
                        resource,
                        scope,
                        Time(span.StartTimeUnixNano),
                        Time(span.EndTimeUnixNano),
                        span.Status?.Code switch
                        {
                            ProtoStatusCode.Ok => SpanStatus.Ok,
                            ProtoStatusCode.Error => SpanStatus.Error,
                            _ => SpanStatus.Unset,
                        },
                        string.IsNullOrEmpty(span.Status?.Message) ? null : span.Status.Message,
                        Attributes(span.Attributes)));
                }
            }
        }

        return new TelemetryBatch(spans, [], []);
    }

    public static TelemetryBatch FromLogs(ExportLogsServiceRequest request)
    {
        var logs = new List<LogEntry>();
        foreach (var resourceLogs in request.ResourceLogs)
        {
            var resource = ServiceName(resourceLogs.Resource);
            foreach (var scopeLogs in resourceLogs.ScopeLogs)
            {
                var category = TextPool.Intern(scopeLogs.Scope?.Name ?? "");
                foreach (var record in scopeLogs.LogRecords)
                {
                    logs.Add(new LogEntry(
                        Time(record.TimeUnixNano != 0 ? record.TimeUnixNano : record.ObservedTimeUnixNano),
                        (int)record.SeverityNumber,
                        resource,
                        category,
                        record.Body is null ? "" : Text(record.Body),
                        Attributes(record.Attributes),
                        record.TraceId.IsEmpty ? null : Hex(record.TraceId),
                        record.SpanId.IsEmpty ? null : Hex(record.SpanId)));
                }
            }
        }

        return new TelemetryBatch([], logs, []);
    }

    /// <summary>One point per instrument and time: the data points of all attribute sets added up, histograms as their mean.</summary>
    public static TelemetryBatch FromMetrics(ExportMetricsServiceRequest request)
    {
        var points = new List<MetricPoint>();
        foreach (var resourceMetrics in request.ResourceMetrics)
        {
            var resource = ServiceName(resourceMetrics.Resource);
            foreach (var metric in resourceMetrics.ScopeMetrics.SelectMany(s => s.Metrics))
            {
                foreach (var (time, value) in Values(metric))
                {
                    points.Add(new MetricPoint(resource, metric.Name, metric.Unit, metric.Description, Time(time), value));
                }
            }
        }

        return new TelemetryBatch([], [], points);
    }

    private static IEnumerable<(ulong Time, double Value)> Values(Metric metric) => metric.DataCase switch
    {
        Metric.DataOneofCase.Gauge => Totals(metric.Gauge.DataPoints),
        Metric.DataOneofCase.Sum => Totals(metric.Sum.DataPoints),
        Metric.DataOneofCase.Histogram => Means(metric.Histogram.DataPoints.Select(p => (p.TimeUnixNano, p.Sum, p.Count))),
        Metric.DataOneofCase.ExponentialHistogram => Means(metric.ExponentialHistogram.DataPoints.Select(p => (p.TimeUnixNano, p.Sum, p.Count))),
        Metric.DataOneofCase.Summary => Means(metric.Summary.DataPoints.Select(p => (p.TimeUnixNano, p.Sum, p.Count))),
        _ => [],
    };

    private static IEnumerable<(ulong, double)> Totals(IEnumerable<NumberDataPoint> points) =>
        points.GroupBy(p => p.TimeUnixNano)
            .Select(g => (g.Key, g.Sum(p => p.ValueCase == NumberDataPoint.ValueOneofCase.AsInt ? p.AsInt : p.AsDouble)));

    private static IEnumerable<(ulong, double)> Means(IEnumerable<(ulong Time, double Sum, ulong Count)> points) =>
        points.GroupBy(p => p.Time)
            .Select(g => (g.Key, g.Sum(p => (double)p.Count) is var count and > 0 ? g.Sum(p => p.Sum) / count : 0));

    private static string ServiceName(OpenTelemetry.Proto.Resource.V1.Resource? resource) =>
        resource?.Attributes.FirstOrDefault(a => a.Key == "service.name")?.Value is { } name ? TextPool.Intern(Text(name)) : UnknownService;

    private static TelemetryAttribute[] Attributes(IReadOnlyList<KeyValue> attributes)
    {
        var result = new TelemetryAttribute[attributes.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = new TelemetryAttribute(TextPool.Intern(attributes[i].Key), attributes[i].Value is null ? "" : TextPool.Intern(Text(attributes[i].Value)));
        }

        return result;
    }

    private static string Text(AnyValue value) => value.ValueCase switch
    {
        AnyValue.ValueOneofCase.StringValue => value.StringValue,
        AnyValue.ValueOneofCase.BoolValue => value.BoolValue ? "true" : "false",
        AnyValue.ValueOneofCase.IntValue => value.IntValue.ToString(CultureInfo.InvariantCulture),
        AnyValue.ValueOneofCase.DoubleValue => value.DoubleValue.ToString(CultureInfo.InvariantCulture),
        AnyValue.ValueOneofCase.ArrayValue => "[" + string.Join(", ", value.ArrayValue.Values.Select(Text)) + "]",
        AnyValue.ValueOneofCase.KvlistValue => "{" + string.Join(", ", value.KvlistValue.Values.Select(kv => $"{kv.Key}: {Text(kv.Value)}")) + "}",
        AnyValue.ValueOneofCase.BytesValue => Convert.ToBase64String(value.BytesValue.Span),
        _ => "",
    };

    private static string Kind(ProtoSpanKind kind) => kind switch
    {
        ProtoSpanKind.Server => "Server",
        ProtoSpanKind.Client => "Client",
        ProtoSpanKind.Producer => "Producer",
        ProtoSpanKind.Consumer => "Consumer",
        _ => "Internal",
    };

    private static string Hex(ByteString bytes) => Convert.ToHexStringLower(bytes.Span);

    private static DateTime Time(ulong unixNanoseconds) => DateTime.UnixEpoch.AddTicks((long)(unixNanoseconds / 100));
}
