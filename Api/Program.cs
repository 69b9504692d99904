using WhisperAspire.Api.Apis;
using WhisperAspire.Api.Characters;
using WhisperAspire.Api.Problems;
using WhisperAspire.Data;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddNpgsqlDbContext<WhisperEngineDbContext>(WhisperEngineDbContext.ConnectionName, WhisperEngineDbContext.UseNamingConvention);
builder.AddProblemResponses();
builder.AddCharacters();

var app = builder.Build();

app.UseExceptionHandler(); // caller mistakes become ProblemDetails (Problems/); anything else a 500 without internals
app.MapDefaultEndpoints();
app.MapSchemaApi();
app.MapCharactersApi();

app.Run();
