using Microsoft.AspNetCore.Http;
using WhisperAspire.Hosting.Orchestration;

namespace WhisperAspire.Hosting.Dashboard.Security;

/// <summary>Refuses OTLP requests without the run's API key: any local process could otherwise write into the dashboard.</summary>
internal sealed class OtlpApiKeyMiddleware(RequestDelegate next, DashboardSecrets secrets)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (DashboardSecrets.Matches(context.Request.Headers[ProjectEnvironment.OtlpApiKeyHeader], secrets.OtlpApiKey))
        {
            return next(context);
        }

        // gRPC clients read 401 as Unauthenticated; HTTP exporters see the status as it is.
        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        return Task.CompletedTask;
    }
}
