using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using WhisperAspire.Api.Deployments;
using WhisperAspire.Api.Problems;
using WhisperAspire.Data;
using WhisperAspire.Data.Model.Core;

namespace WhisperAspire.Api.Apis;

/// <summary>
/// Bot deployments: which character a bot plays (one deployment per character, production's key), its container, port,
/// endpoints and health, its Discord token encrypted at rest and never returned.
/// </summary>
public static class DeploymentsApi
{
    public static IEndpointRouteBuilder MapDeploymentsApi(this IEndpointRouteBuilder app)
    {
        var deployments = app.MapGroup("/api/deployments").WithTags("Deployments");
        deployments.MapGet("/", ListAsync).WithName("ListDeployments");
        deployments.MapGet("/{botName}", GetAsync).WithName("GetDeployment");
        deployments.MapPut("/{botName}", PutAsync).WithName("PutDeployment")
            .WithSummary("Create or update a deployment; one per character (a second deployment of a character is a 409). The token is encrypted before it is stored and never returned.");
        deployments.MapPost("/{botName}/health", ReportHealthAsync).WithName("ReportDeploymentHealth")
            .WithSummary("Record a health check: the status and the time it was seen.");
        deployments.MapDelete("/{botName}", DeleteAsync).WithName("DeleteDeployment");
        return app;
    }

    private static async Task<IResult> ListAsync(WhisperEngineDbContext db, TokenProtector tokens, CancellationToken cancellationToken) =>
        TypedResults.Ok((await db.BotDeployments.AsNoTracking().Include(d => d.Character).OrderBy(d => d.BotName).ToListAsync(cancellationToken))
            .Select(d => View(d, tokens)).ToList());

    private static async Task<IResult> GetAsync(string botName, WhisperEngineDbContext db, TokenProtector tokens, CancellationToken cancellationToken) =>
        await FindAsync(db, botName, cancellationToken) is { } deployment ? TypedResults.Ok(View(deployment, tokens)) : UnknownDeployment(botName);

    private static async Task<IResult> PutAsync(
        string botName, DeploymentRequest request, WhisperEngineDbContext db, TokenProtector tokens, CancellationToken cancellationToken)
    {
        if (botName.Length > 100)
        {
            return ProblemResults.Field("botName", "At most 100 characters (bot_name is varchar(100)).");
        }

        foreach (var (field, value) in new[] { ("deploymentConfig", request.DeploymentConfig), ("config", request.Config) })
        {
            if (value is { ValueKind: not JsonValueKind.Object and not JsonValueKind.Null })
            {
                return ProblemResults.Field(field, "A JSON object.");
            }
        }

        Character? character = null;
        if (request.CharacterName is { } characterName
            && (character = await db.Characters.SingleOrDefaultAsync(c => c.Name == characterName, cancellationToken)) is null)
        {
            return ProblemResults.UnknownCharacter(characterName);
        }

        var deployment = await FindAsync(db, botName, cancellationToken);
        if (deployment is null && character is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["characterName"] = ["Required to create a deployment."] });
        }

        // Production's UNIQUE(character_id): a character has one deployment.
        if (character is not null
            && await db.BotDeployments.Where(d => d.CharacterId == character.Id && d.BotName != botName).Select(d => d.BotName).FirstOrDefaultAsync(cancellationToken) is { } other)
        {
            return ProblemResults.Conflict("Character already deployed",
                $"'{character.Name}' is played by deployment '{other}'; a character has one deployment. DELETE /api/deployments/{other} first.");
        }

        var created = deployment is null;
        deployment ??= db.BotDeployments.Add(new BotDeployment { BotName = botName }).Entity;
        deployment.Character = character ?? deployment.Character;
        deployment.DiscordTokenEncrypted = request.DiscordToken is { } token ? tokens.Protect(token) : deployment.DiscordTokenEncrypted ?? "";
        deployment.ContainerName = request.ContainerName ?? deployment.ContainerName;
        deployment.Port = request.Port ?? deployment.Port;
        deployment.HealthEndpointPort = request.HealthEndpointPort ?? deployment.HealthEndpointPort;
        deployment.ChatEndpointPort = request.ChatEndpointPort ?? deployment.ChatEndpointPort;
        deployment.Status = request.Status ?? deployment.Status ?? DeploymentStatus.Inactive;
        deployment.DeploymentConfig = request.DeploymentConfig?.GetRawText() ?? deployment.DeploymentConfig;
        deployment.Config = request.Config?.GetRawText() ?? deployment.Config;
        deployment.ErrorMessage = request.ErrorMessage ?? deployment.ErrorMessage;
        deployment.DeployedAt = request.DeployedAt?.UtcDateTime ?? deployment.DeployedAt;
        deployment.StoppedAt = request.StoppedAt?.UtcDateTime ?? deployment.StoppedAt;
        deployment.UpdatedAt = DateTime.Now;
        await db.SaveChangesAsync(cancellationToken); // a racing second deployment of the character still ends as 409 (DatabaseProblemHandler)

        var view = View(deployment, tokens);
        return created ? TypedResults.Created($"/api/deployments/{Uri.EscapeDataString(botName)}", view) : TypedResults.Ok(view);
    }

    private static async Task<IResult> ReportHealthAsync(
        string botName, HealthReport report, WhisperEngineDbContext db, TokenProtector tokens, CancellationToken cancellationToken)
    {
        if (await FindAsync(db, botName, cancellationToken) is not { } deployment)
        {
            return UnknownDeployment(botName);
        }

        deployment.Status = report.Status;
        deployment.ErrorMessage = report.ErrorMessage ?? deployment.ErrorMessage;
        deployment.LastHealthCheck = DateTime.Now;
        deployment.UpdatedAt = DateTime.Now;
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(View(deployment, tokens));
    }

    private static async Task<IResult> DeleteAsync(string botName, WhisperEngineDbContext db, CancellationToken cancellationToken) =>
        await db.BotDeployments.Where(d => d.BotName == botName).ExecuteDeleteAsync(cancellationToken) > 0 ? TypedResults.NoContent() : UnknownDeployment(botName);

    private static Task<BotDeployment?> FindAsync(WhisperEngineDbContext db, string botName, CancellationToken cancellationToken) =>
        db.BotDeployments.Include(d => d.Character).SingleOrDefaultAsync(d => d.BotName == botName, cancellationToken);

    private static IResult UnknownDeployment(string botName) =>
        ProblemResults.NotFound("Unknown deployment", $"No bot deployment is named '{botName}'. PUT /api/deployments/{{botName}} creates one.");

    private static DeploymentView View(BotDeployment d, TokenProtector tokens) => new(
        d.BotName!, d.Character?.Name, string.IsNullOrEmpty(d.DiscordTokenEncrypted) ? null : tokens.Hint(d.DiscordTokenEncrypted),
        d.ContainerName, d.Port, d.HealthEndpointPort, d.ChatEndpointPort, d.Status, d.ErrorMessage, d.LastHealthCheck,
        Json(d.DeploymentConfig), WithoutTokens(Json(d.Config)), d.CreatedAt, d.UpdatedAt, d.DeployedAt, d.StoppedAt);

    private static JsonElement? Json(string? text) => text is null ? null : JsonSerializer.Deserialize<JsonElement>(text);

    /// <summary>
    /// Deployments merged by the upgrade are kept whole in the survivor's config (<c>{"merged": [...]}</c>), encrypted
    /// token included; the token never leaves the database, so it is dropped from what the Api shows.
    /// </summary>
    private static JsonElement? WithoutTokens(JsonElement? config)
    {
        if (config is not { ValueKind: JsonValueKind.Object } value || !value.TryGetProperty("merged", out _))
        {
            return config;
        }

        var node = JsonNode.Parse(value.GetRawText())!;
        foreach (var merged in node["merged"] as JsonArray ?? [])
        {
            (merged as JsonObject)?.Remove("discord_token_encrypted");
        }

        return JsonSerializer.Deserialize<JsonElement>(node.ToJsonString());
    }
}
