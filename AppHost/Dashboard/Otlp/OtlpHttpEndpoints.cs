using Google.Protobuf;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpenTelemetry.Proto.Collector.Logs.V1;
using OpenTelemetry.Proto.Collector.Metrics.V1;
using OpenTelemetry.Proto.Collector.Trace.V1;
using WhisperAspire.Hosting.Dashboard.Storage;

namespace WhisperAspire.Hosting.Dashboard.Otlp;

/// <summary>OTLP/HTTP with binary protobuf bodies: POST /v1/traces, /v1/logs, /v1/metrics (the spec's paths).</summary>
internal static class OtlpHttpEndpoints
{
    private const string ProtobufContentType = "application/x-protobuf";

    public static IEndpointRouteBuilder MapOtlpHttp(this IEndpointRouteBuilder app)
    {
        Map(app, "/v1/traces", ExportTraceServiceRequest.Parser, OtlpConverter.FromTraces, new ExportTraceServiceResponse());
        Map(app, "/v1/logs", ExportLogsServiceRequest.Parser, OtlpConverter.FromLogs, new ExportLogsServiceResponse());
        Map(app, "/v1/metrics", ExportMetricsServiceRequest.Parser, OtlpConverter.FromMetrics, new ExportMetricsServiceResponse());
        return app;
    }

    private static void Map<TRequest>(IEndpointRouteBuilder app, string path, MessageParser<TRequest> parser,
        Func<TRequest, TelemetryBatch> convert, IMessage response) where TRequest : IMessage<TRequest>
    {
        var responseBytes = response.ToByteArray();
        app.MapPost(path, async (HttpContext context, TelemetryIngest ingest) =>
        {
            if (context.Request.ContentType?.StartsWith(ProtobufContentType, StringComparison.OrdinalIgnoreCase) != true)
            {
                return Results.Text($"Only {ProtobufContentType} bodies are accepted here (set OTEL_EXPORTER_OTLP_PROTOCOL=http/protobuf).",
                    statusCode: StatusCodes.Status415UnsupportedMediaType);
            }

            using var body = new MemoryStream();
            await context.Request.Body.CopyToAsync(body, context.RequestAborted);
            TRequest request;
            try
            {
                request = parser.ParseFrom(body.GetBuffer().AsSpan(0, (int)body.Length));
            }
            catch (InvalidProtocolBufferException ex)
            {
                return Results.Text($"The body is not a valid OTLP protobuf message: {ex.Message}", statusCode: StatusCodes.Status400BadRequest);
            }

            await ingest.AcceptAsync(convert(request), context.RequestAborted);
            return Results.Bytes(responseBytes, ProtobufContentType);
        });
    }
}
