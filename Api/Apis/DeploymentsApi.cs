using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using WhisperAspire.Api.Deployments;
using WhisperAspire.Api.Problems;
using WhisperAspire.Data;
using WhisperAspire.Data.Model.Core;

namespace WhisperAspire.Api.Apis;

/// <summary>Bot deployments: which character a bot plays, its endpoints and health, its Discord token encrypted at rest.</summary>
public static class DeploymentsApi
{
    public static IEndpointRouteBuilder MapDeploymentsApi(this IEndpointRouteBuilder app)
    {
        var deployments = app.MapGroup("/api/deployments").WithTags("Deployments");
        deployments.MapGet("/", ListAsync).WithName("ListDeployments");
        deployments.MapGet("/{botName}", GetAsync).WithName("GetDeployment");
        deployments.MapPut("/{botName}", PutAsync).WithName("PutDeployment")
            .WithSummary("Create or update a deployment; the token is encrypted before it is stored and never returned.");
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

        if (request.DeploymentConfig is { ValueKind: not JsonValueKind.Object and not JsonValueKind.Null })
        {
            return ProblemResults.Field("deploymentConfig", "A JSON object.");
        }

        Character? character = null;
        if (request.CharacterName is { } characterName
            && (character = await db.Characters.SingleOrDefaultAsync(c => c.Name == characterName, cancellationToken)) is null)
        {
            return ProblemResults.UnknownCharacter(characterName);
        }

        var deployment = await FindAsync(db, botName, cancellationToken);
        if (deployment is null && (character is null || request.DiscordToken is null))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                [character is null ? "characterName" : "discordToken"] = ["Required to create a deployment."],
            });
        }

        var created = deployment is null;
        deployment ??= db.BotDeployments.Add(new BotDeployment { BotName = botName, DiscordTokenEncrypted = "" }).Entity;
        deployment.Character = character ?? deployment.Character;
        deployment.DiscordTokenEncrypted = request.DiscordToken is { } token ? tokens.Protect(token) : deployment.DiscordTokenEncrypted;
        deployment.HealthEndpointPort = request.HealthEndpointPort ?? deployment.HealthEndpointPort;
        deployment.ChatEndpointPort = request.ChatEndpointPort ?? deployment.ChatEndpointPort;
        deployment.Status = request.Status ?? deployment.Status ?? "inactive";
        deployment.DeploymentConfig = request.DeploymentConfig?.GetRawText() ?? deployment.DeploymentConfig;
        deployment.UpdatedAt = DateTime.Now;
        await db.SaveChangesAsync(cancellationToken);

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
        d.BotName!, d.Character?.Name, tokens.Hint(d.DiscordTokenEncrypted ?? ""), d.HealthEndpointPort, d.ChatEndpointPort, d.Status, d.LastHealthCheck,
        d.DeploymentConfig is null ? null : JsonSerializer.Deserialize<JsonElement>(d.DeploymentConfig), d.CreatedAt, d.UpdatedAt);
}
