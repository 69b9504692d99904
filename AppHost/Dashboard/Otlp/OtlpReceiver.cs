using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using WhisperAspire.Hosting.Dashboard.Security;

namespace WhisperAspire.Hosting.Dashboard.Otlp;

/// <summary>The OTLP endpoints: gRPC (HTTP/2 without TLS, as exporters speak it locally) and HTTP/protobuf, each on its own port.</summary>
internal static class OtlpReceiver
{
    // Exporters batch up to 512 spans by default; a large batch of big attributes stays well under this.
    private const int MaxMessageBytes = 32 * 1024 * 1024;

    public static WebApplication Build(DashboardOptions options, IServiceProvider appHost)
    {
        var builder = DashboardWebHosts.CreateBuilder(appHost, kestrel =>
        {
            kestrel.ListenLocalhost(options.OtlpGrpcPort, listen => listen.Protocols = HttpProtocols.Http2);
            kestrel.ListenLocalhost(options.OtlpHttpPort, listen => listen.Protocols = HttpProtocols.Http1);
            kestrel.Limits.MaxRequestBodySize = MaxMessageBytes;
        });
        builder.Services.AddGrpc(grpc => grpc.MaxReceiveMessageSize = MaxMessageBytes);
        builder.Services.Share<TelemetryIngest>(appHost).Share<DashboardSecrets>(appHost);

        var app = builder.Build();
        app.UseMiddleware<OtlpApiKeyMiddleware>();
        var grpcHost = $"*:{options.OtlpGrpcPort}";
        app.MapGrpcService<OtlpGrpcTraceService>().RequireHost(grpcHost);
        app.MapGrpcService<OtlpGrpcLogsService>().RequireHost(grpcHost);
        app.MapGrpcService<OtlpGrpcMetricsService>().RequireHost(grpcHost);
        app.MapGroup("").RequireHost($"*:{options.OtlpHttpPort}").MapOtlpHttp();
        return app;
    }
}
