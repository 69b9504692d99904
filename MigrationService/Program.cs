using WhisperAspire.Data;
using WhisperAspire.MigrationService;
using WhisperAspire.MigrationService.Migrating;

var builder = Host.CreateApplicationBuilder(MigrationOptions.TranslateSwitches(args));

builder.AddServiceDefaults();
builder.AddNpgsqlDbContext<WhisperEngineDbContext>(WhisperEngineDbContext.ConnectionName, WhisperEngineDbContext.UseNamingConvention);
builder.Services.Configure<MigrationOptions>(builder.Configuration.GetSection(MigrationOptions.Section));
builder.Services.AddScoped<SchemaMigrator>();
builder.Services.AddOpenTelemetry().WithTracing(tracing => tracing.AddSource(MigrationWorker.ActivitySourceName));
builder.Services.AddHostedService<MigrationWorker>();

builder.Build().Run();
