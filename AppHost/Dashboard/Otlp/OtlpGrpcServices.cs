using Grpc.Core;
using OpenTelemetry.Proto.Collector.Logs.V1;
using OpenTelemetry.Proto.Collector.Metrics.V1;
using OpenTelemetry.Proto.Collector.Trace.V1;

namespace WhisperAspire.Hosting.Dashboard.Otlp;

internal sealed class OtlpGrpcTraceService(TelemetryIngest ingest) : TraceService.TraceServiceBase
{
    public override async Task<ExportTraceServiceResponse> Export(ExportTraceServiceRequest request, ServerCallContext context)
    {
        await ingest.AcceptAsync(OtlpConverter.FromTraces(request), context.CancellationToken);
        return new ExportTraceServiceResponse();
    }
}

internal sealed class OtlpGrpcLogsService(TelemetryIngest ingest) : LogsService.LogsServiceBase
{
    public override async Task<ExportLogsServiceResponse> Export(ExportLogsServiceRequest request, ServerCallContext context)
    {
        await ingest.AcceptAsync(OtlpConverter.FromLogs(request), context.CancellationToken);
        return new ExportLogsServiceResponse();
    }
}

internal sealed class OtlpGrpcMetricsService(TelemetryIngest ingest) : MetricsService.MetricsServiceBase
{
    public override async Task<ExportMetricsServiceResponse> Export(ExportMetricsServiceRequest request, ServerCallContext context)
    {
        await ingest.AcceptAsync(OtlpConverter.FromMetrics(request), context.CancellationToken);
        return new ExportMetricsServiceResponse();
    }
}
