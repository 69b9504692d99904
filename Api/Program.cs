using WhisperAspire.Api.Apis;
using WhisperAspire.Api.Characters;
using WhisperAspire.Data;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddNpgsqlDbContext<WhisperEngineDbContext>(WhisperEngineDbContext.ConnectionName, WhisperEngineDbContext.UseNamingConvention);
builder.AddCharacters();

var app = builder.Build();

app.UseExceptionHandler(); // an unexpected failure is a ProblemDetails 500 without internals, never a bare error page
app.MapDefaultEndpoints();
app.MapSchemaApi();
app.MapCharactersApi();

app.Run();
