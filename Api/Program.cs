using WhisperAspire.Api;
using WhisperAspire.Api.Apis;
using WhisperAspire.Api.Characters;
using WhisperAspire.Api.Deployments;
using WhisperAspire.Api.Problems;
using WhisperAspire.Api.Prompts;
using WhisperAspire.Data;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
// Aspire brings pooling, retries, the health check and Npgsql telemetry; WhisperEngineConnection adds naming, trace filter, prepared statements.
builder.AddNpgsqlDbContext<WhisperEngineDbContext>(
    WhisperEngineDbContext.ConnectionName,
    settings => settings.ConnectionString = WhisperEngineConnection.PreferPreparedStatements(settings.ConnectionString),
    WhisperEngineConnection.ConfigureDbContext);
builder.AddDatabaseWarmUp();
builder.AddProblemResponses();
builder.AddApiReference();
builder.AddCharacters();
builder.AddPrompts();
builder.AddStores();
builder.AddDeployments();

var app = builder.Build();

app.UseExceptionHandler(); // caller mistakes become ProblemDetails (Problems/); anything else a 500 without internals
app.UseNulCharacterGuard(); // U+0000 anywhere in a request is a 400 naming where (PostgreSQL text cannot hold it)
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
