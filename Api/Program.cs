using WhisperAspire.Api;
using WhisperAspire.Api.Apis;
using WhisperAspire.Api.Characters;
using WhisperAspire.Api.Deployments;
using WhisperAspire.Api.Problems;
using WhisperAspire.Api.Prompts;
using WhisperAspire.Data;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddNpgsqlDbContext<WhisperEngineDbContext>(WhisperEngineDbContext.ConnectionName, WhisperEngineDbContext.UseNamingConvention);
builder.AddProblemResponses();
builder.AddApiReference();
builder.AddCharacters();
builder.AddPrompts();
builder.AddStores();
builder.AddDeployments();

var app = builder.Build();

app.UseExceptionHandler(); // caller mistakes become ProblemDetails (Problems/); anything else a 500 without internals
app.UseProblemStatusCodePages(); // a route that matches nothing (e.g. /facts/abc) answers with ProblemDetails too
app.MapDefaultEndpoints();
app.MapApiReference();
app.MapSchemaApi();
app.MapCharactersApi();
app.MapPromptsApi();
app.MapUsersApi();
app.MapFactsApi();
app.MapSummariesApi();
app.MapKnowledgeApi();
app.MapModerationApi();
app.MapDeploymentsApi();

app.Run();
