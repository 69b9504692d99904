using WhisperAspire.Data;
using WhisperAspire.MigrationService;
using WhisperAspire.MigrationService.Migrating;

var builder = Host.CreateApplicationBuilder(MigrationOptions.TranslateSwitches(args));

builder.AddServiceDefaults();
// Aspire brings pooling, retries, the health check and Npgsql telemetry; WhisperEngineConnection adds naming, trace filter, prepared statements.
builder.AddNpgsqlDbContext<WhisperEngineDbContext>(
    WhisperEngineDbContext.ConnectionName,
    settings => settings.ConnectionString = WhisperEngineConnection.PreferPreparedStatements(settings.ConnectionString),
    WhisperEngineConnection.ConfigureDbContext);
builder.Services.Configure<MigrationOptions>(builder.Configuration.GetSection(MigrationOptions.Section));
builder.Services.AddScoped<SchemaMigrator>();
builder.Services.AddOpenTelemetry().WithTracing(tracing => tracing.AddSource(MigrationWorker.ActivitySourceName));
builder.Services.AddHostedService<MigrationWorker>();

builder.Build().Run();
