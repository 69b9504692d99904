using System.Diagnostics;
using Google.Protobuf;
using Grpc.Core;
using Grpc.Net.Client;
using OpenTelemetry.Proto.Collector.Logs.V1;
using OpenTelemetry.Proto.Collector.Metrics.V1;
using OpenTelemetry.Proto.Collector.Trace.V1;
using OpenTelemetry.Proto.Common.V1;
using OpenTelemetry.Proto.Logs.V1;
using OpenTelemetry.Proto.Metrics.V1;
using OpenTelemetry.Proto.Trace.V1;

namespace WhisperAspire.Bench.Otlp;

internal sealed record Throughput(long Items, TimeSpan Elapsed)
{
    public double PerSecond => Items / Elapsed.TotalSeconds;
}

/// <summary>
/// Exporters that send as fast as the receiver answers, over OTLP/gRPC with the run's API key, in batches the size the
/// OpenTelemetry SDK sends (512). Requests are built once per exporter with fresh ids per send, so the cost measured is
/// the receiver's, not the generator's.
/// </summary>
internal sealed class OtlpLoad(int grpcPort, string apiKey, int concurrency)
{
    public const int BatchSize = 512;
    private static readonly DateTime Now = DateTime.UtcNow;

    public Task<Throughput> SpansAsync(TimeSpan duration) => RunAsync(duration, "opentelemetry.proto.collector.trace.v1.TraceService",
        ExportTraceServiceResponse.Parser, _ => TraceRequest(), r => { Renumber(r); return BatchSize; });

    public Task<Throughput> LogsAsync(TimeSpan duration) => RunAsync(duration, "opentelemetry.proto.collector.logs.v1.LogsService",
        ExportLogsServiceResponse.Parser, _ => LogsRequest(), _ => BatchSize);

    public Task<Throughput> MetricsAsync(TimeSpan duration) => RunAsync(duration, "opentelemetry.proto.collector.metrics.v1.MetricsService",
        ExportMetricsServiceResponse.Parser, _ => MetricsRequest(), r => { Advance(r); return BatchSize; });

    private async Task<Throughput> RunAsync<TRequest, TResponse>(TimeSpan duration, string service, MessageParser<TResponse> responseParser,
        Func<int, TRequest> build, Func<TRequest, int> prepare)
        where TRequest : class, IMessage<TRequest>
        where TResponse : class, IMessage<TResponse>
    {
        var method = new Method<TRequest, TResponse>(MethodType.Unary, service, "Export",
            Marshallers.Create<TRequest>(r => r.ToByteArray(), _ => throw new NotSupportedException("the benchmark only sends requests")),
            Marshallers.Create<TResponse>(_ => throw new NotSupportedException("the benchmark only reads responses"), responseParser.ParseFrom));
        using var channel = GrpcChannel.ForAddress($"http://localhost:{grpcPort}");
        var invoker = channel.CreateCallInvoker();
        var headers = new Metadata { { "x-otlp-api-key", apiKey } };
        long items = 0;
        var stopwatch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async exporter =>
        {
            var request = build(exporter);
            while (stopwatch.Elapsed < duration)
            {
                var count = prepare(request);
                await invoker.AsyncUnaryCall(method, null, new CallOptions(headers), request);
                Interlocked.Add(ref items, count);
            }
        }));
        return new Throughput(items, stopwatch.Elapsed);
    }

    /// <summary>A request like an Api's: one server span with its database child spans, typical attributes.</summary>
    private static ExportTraceServiceRequest TraceRequest()
    {
        var scope = new ScopeSpans { Scope = new InstrumentationScope { Name = "Microsoft.AspNetCore" } };
        for (var i = 0; i < BatchSize; i++)
        {
            scope.Spans.Add(new Span
            {
                Name = i % 8 == 0 ? "GET /api/schema" : "postgresql",
                Kind = i % 8 == 0 ? Span.Types.SpanKind.Server : Span.Types.SpanKind.Client,
                StartTimeUnixNano = Nanos(Now.AddMilliseconds(i)),
                EndTimeUnixNano = Nanos(Now.AddMilliseconds(i + 2)),
                Attributes =
                {
                    Attribute("db.system.name", "postgresql"), Attribute("db.namespace", "whisperengine"),
                    Attribute("db.query.text", "SELECT migration_id FROM \"__EFMigrationsHistory\" ORDER BY migration_id"),
                    Attribute("server.address", "127.0.0.1"), Attribute("server.port", "5433"),
                },
            });
        }

        return new ExportTraceServiceRequest { ResourceSpans = { new ResourceSpans { Resource = Resource("api"), ScopeSpans = { scope } } } };
    }

    /// <summary>New trace and span ids for every send, eight spans to a trace, as the store indexes by trace.</summary>
    private static void Renumber(ExportTraceServiceRequest request)
    {
        var spans = request.ResourceSpans[0].ScopeSpans[0].Spans;
        ByteString traceId = ByteString.Empty, rootId = ByteString.Empty;
        for (var i = 0; i < spans.Count; i++)
        {
            var spanId = ByteString.CopyFrom(BitConverter.GetBytes(Random.Shared.NextInt64()));
            if (i % 8 == 0)
            {
                traceId = ByteString.CopyFrom(Guid.NewGuid().ToByteArray());
                rootId = spanId;
            }

            spans[i].TraceId = traceId;
            spans[i].SpanId = spanId;
            spans[i].ParentSpanId = i % 8 == 0 ? ByteString.Empty : rootId;
        }
    }

    private static ExportLogsServiceRequest LogsRequest()
    {
        var scope = new ScopeLogs { Scope = new InstrumentationScope { Name = "WhisperAspire.Api" } };
        for (var i = 0; i < BatchSize; i++)
        {
            scope.LogRecords.Add(new LogRecord
            {
                TimeUnixNano = Nanos(Now.AddMilliseconds(i)),
                SeverityNumber = SeverityNumber.Info,
                Body = new AnyValue { StringValue = $"Request {i} finished in 2 ms with 200" },
                Attributes = { Attribute("RequestId", $"0HN{i:X6}"), Attribute("StatusCode", "200") },
            });
        }

        return new ExportLogsServiceRequest { ResourceLogs = { new ResourceLogs { Resource = Resource("api"), ScopeLogs = { scope } } } };
    }

    /// <summary>512 instruments with one point each: one stored point per instrument and export, as the SDK sends them.</summary>
    private static ExportMetricsServiceRequest MetricsRequest()
    {
        var scope = new ScopeMetrics { Scope = new InstrumentationScope { Name = "Npgsql" } };
        for (var i = 0; i < BatchSize; i++)
        {
            scope.Metrics.Add(new Metric
            {
                Name = $"bench.instrument.{i}",
                Unit = "{item}",
                Sum = new Sum { IsMonotonic = true, AggregationTemporality = AggregationTemporality.Cumulative, DataPoints = { new NumberDataPoint { AsInt = i } } },
            });
        }

        return new ExportMetricsServiceRequest { ResourceMetrics = { new ResourceMetrics { Resource = Resource("api"), ScopeMetrics = { scope } } } };
    }

    private static void Advance(ExportMetricsServiceRequest request)
    {
        var time = Nanos(DateTime.UtcNow);
        foreach (var metric in request.ResourceMetrics[0].ScopeMetrics[0].Metrics)
        {
            metric.Sum.DataPoints[0].TimeUnixNano = time;
            metric.Sum.DataPoints[0].AsInt++;
        }
    }

    private static OpenTelemetry.Proto.Resource.V1.Resource Resource(string service) =>
        new() { Attributes = { Attribute("service.name", service), Attribute("service.instance.id", Guid.NewGuid().ToString("N")) } };

    private static KeyValue Attribute(string key, string value) => new() { Key = key, Value = new AnyValue { StringValue = value } };

    private static ulong Nanos(DateTime time) => (ulong)(time - DateTime.UnixEpoch).Ticks * 100;
}
