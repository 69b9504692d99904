using WhisperAspire.Api.Apis;
using WhisperAspire.Data;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddNpgsqlDbContext<WhisperEngineDbContext>(WhisperEngineDbContext.ConnectionName, WhisperEngineDbContext.UseNamingConvention);

var app = builder.Build();

app.MapDefaultEndpoints();
app.MapSchemaApi();

app.Run();
