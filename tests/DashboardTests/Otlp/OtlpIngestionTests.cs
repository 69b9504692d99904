using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Net;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using WhisperAspire.DashboardTests.Infrastructure;
using WhisperAspire.Hosting.Dashboard.Storage;

namespace WhisperAspire.DashboardTests.Otlp;

/// <summary>Real exports from the OpenTelemetry .NET SDK to the receiver, over both OTLP transports.</summary>
public sealed class OtlpIngestionTests(OtlpReceiverFixture receiver) : IClassFixture<OtlpReceiverFixture>
{
    public static TheoryData<OtlpExportProtocol> Protocols => [OtlpExportProtocol.Grpc, OtlpExportProtocol.HttpProtobuf];

    [Theory]
    [MemberData(nameof(Protocols))]
    public async Task Spans_arrive_with_their_parent_attributes_and_service(OtlpExportProtocol protocol)
    {
        var service = $"orders-{protocol}";
        using var source = new ActivitySource($"Tests.{protocol}");
        string traceId;
        using (var tracing = Sdk.CreateTracerProviderBuilder()
            .ConfigureResource(r => r.AddService(service))
            .AddSource(source.Name)
            .AddOtlpExporter(o => Configure(o, protocol, "traces"))
            .Build())
        {
            using (var request = source.StartActivity("GET /orders", ActivityKind.Server)!)
            {
                traceId = request.TraceId.ToHexString();
                using var query = source.StartActivity("SELECT orders", ActivityKind.Client)!;
                query.SetTag("db.system", "postgresql");
                query.SetStatus(ActivityStatusCode.Error, "timeout");
            }

            tracing.ForceFlush();
        }

        var spans = await receiver.EventuallyAsync(store => store.Trace(traceId) is { Count: 2 } found ? found : null);

        var root = Assert.Single(spans, s => s.ParentSpanId is null);
        var child = Assert.Single(spans, s => s.ParentSpanId == root.SpanId);
        Assert.Equal(("GET /orders", "Server", service), (root.Name, root.Kind, root.Resource));
        Assert.Equal(("SELECT orders", "Client", SpanStatus.Error, "timeout"), (child.Name, child.Kind, child.Status, child.StatusMessage));
        Assert.Contains(new TelemetryAttribute("db.system", "postgresql"), child.Attributes);
        Assert.True(child.Duration >= TimeSpan.Zero && root.Start <= child.Start);
    }

    [Theory]
    [MemberData(nameof(Protocols))]
    public async Task Log_records_arrive_with_level_message_attributes_and_trace(OtlpExportProtocol protocol)
    {
        var service = $"shipping-{protocol}";
        using var source = new ActivitySource($"Tests.Logs.{protocol}");
        using var listener = ListenTo(source);
        string traceId;
        using (var logging = LoggerFactory.Create(builder => builder.AddOpenTelemetry(o =>
        {
            o.SetResourceBuilder(ResourceBuilder.CreateDefault().AddService(service));
            o.IncludeFormattedMessage = true;
            o.AddOtlpExporter(e => Configure(e, protocol, "logs"));
        })))
        {
            using var activity = source.StartActivity("ship")!;
            traceId = activity.TraceId.ToHexString();
            logging.CreateLogger("Shipping").LogWarning("Order {OrderId} is late", 42);
        }

        var entry = await receiver.EventuallyAsync(store => store.Logs(new LogFilter(service), 10).FirstOrDefault());

        Assert.Equal(LogSeverity.Warning, entry.Level);
        Assert.Equal("Order 42 is late", entry.Message);
        Assert.Equal("Shipping", entry.Category);
        Assert.Contains(new TelemetryAttribute("OrderId", "42"), entry.Attributes);
        Assert.Equal(traceId, entry.TraceId);
    }

    [Theory]
    [MemberData(nameof(Protocols))]
    public async Task Metric_points_arrive_per_instrument(OtlpExportProtocol protocol)
    {
        var service = $"billing-{protocol}";
        using var meter = new Meter($"Tests.Metrics.{protocol}");
        using (var metrics = Sdk.CreateMeterProviderBuilder()
            .ConfigureResource(r => r.AddService(service))
            .AddMeter(meter.Name)
            .AddOtlpExporter(o => Configure(o, protocol, "metrics"))
            .Build())
        {
            meter.CreateCounter<long>("invoices.sent", "{invoice}").Add(3, new KeyValuePair<string, object?>("region", "eu"));
            meter.CreateCounter<long>("invoices.sent", "{invoice}").Add(4, new KeyValuePair<string, object?>("region", "us"));
            meter.CreateHistogram<double>("invoice.amount").Record(10);
            meter.CreateHistogram<double>("invoice.amount").Record(30);
            metrics.ForceFlush();
        }

        var counter = await receiver.EventuallyAsync(store => store.Series(service, "invoices.sent").LastOrDefault());
        var histogram = await receiver.EventuallyAsync(store => store.Series(service, "invoice.amount").LastOrDefault());

        Assert.Equal(7, counter.Value); // both attribute sets, added up
        Assert.Equal("{invoice}", counter.Unit);
        Assert.Equal(20, histogram.Value); // the mean
        Assert.Contains(receiver.Store.Instruments(), i => i.Resource == service && i.Name == "invoices.sent");
    }

    [Fact]
    public async Task Exports_without_the_api_key_are_refused()
    {
        using var http = new HttpClient();
        var refused = await http.PostAsync($"http://localhost:{receiver.Options.OtlpHttpPort}/v1/traces",
            new ByteArrayContent([]) { Headers = { ContentType = new("application/x-protobuf") } }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }

    private void Configure(OtlpExporterOptions options, OtlpExportProtocol protocol, string signal)
    {
        options.Protocol = protocol;
        // A programmatic endpoint is used as given: HTTP needs the signal's path, gRPC only the authority.
        options.Endpoint = protocol == OtlpExportProtocol.Grpc
            ? new Uri($"http://localhost:{receiver.Options.OtlpGrpcPort}")
            : new Uri($"http://localhost:{receiver.Options.OtlpHttpPort}/v1/{signal}");
        options.Headers = $"x-otlp-api-key={receiver.Secrets.OtlpApiKey}";
    }

    private static ActivityListener ListenTo(ActivitySource source)
    {
        var listener = new ActivityListener
        {
            ShouldListenTo = s => s == source,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
        };
        ActivitySource.AddActivityListener(listener);
        return listener;
    }
}
