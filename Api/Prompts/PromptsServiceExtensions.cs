using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace WhisperAspire.Api.Prompts;

public static class PromptsServiceExtensions
{
    public static IHostApplicationBuilder AddPrompts(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<PromptTelemetry>();
        builder.Services.AddScoped<PromptService>();
        builder.Services.AddOpenTelemetry()
            .WithTracing(tracing => tracing.AddSource(PromptTelemetry.Name))
            .WithMetrics(metrics => metrics.AddMeter(PromptTelemetry.Name));
        return builder;
    }
}
