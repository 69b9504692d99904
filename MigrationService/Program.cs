using WhisperAspire.Data;
using WhisperAspire.MigrationService;

var builder = Host.CreateApplicationBuilder(args);

builder.AddServiceDefaults();
builder.AddNpgsqlDbContext<WhisperEngineDbContext>(WhisperEngineDbContext.ConnectionName, WhisperEngineDbContext.ConfigureOptions);
builder.Services.AddOpenTelemetry().WithTracing(tracing => tracing.AddSource(MigrationWorker.ActivitySourceName));
builder.Services.AddHostedService<MigrationWorker>();

builder.Build().Run();
