using Microsoft.EntityFrameworkCore;
using WhisperAspire.Api.Knowledge;
using WhisperAspire.Api.Problems;
using WhisperAspire.Data;
using WhisperAspire.Data.Model.Core;

namespace WhisperAspire.Api.Apis;

/// <summary>What a bot has learned about a user: facts and the user's edges into the knowledge graph.</summary>
public static class FactsApi
{
    public static IEndpointRouteBuilder MapFactsApi(this IEndpointRouteBuilder app)
    {
        var bot = app.MapBotScope("Facts");
        bot.MapGet("/facts", ListAsync).WithName("ListUserFacts");
        bot.MapPost("/facts", AddAsync).WithName("AddUserFact");
        bot.MapDelete("/facts/{id:int}", DeleteAsync).WithName("DeleteUserFact");
        bot.MapGet("/entities", ListEntitiesAsync).WithName("ListUserEntities");
        bot.MapPost("/entities", LinkEntityAsync).WithName("LinkUserEntity")
            .WithSummary("Relate the user to a knowledge-graph entity; the same relationship again (from any bot) updates it.");
        return app;
    }

    private static async Task<IResult> ListAsync(string userId, string botName, string? type, WhisperEngineDbContext db, CancellationToken cancellationToken)
    {
        var facts = db.UserFacts.AsNoTracking().Where(f => f.UserId == userId && f.BotName == botName);
        if (!string.IsNullOrEmpty(type))
        {
            facts = facts.Where(f => f.FactType == type);
        }

        return TypedResults.Ok(await facts.OrderBy(f => f.FactType).ThenBy(f => f.Id)
            .Select(f => new FactView(f.Id, f.FactType, f.FactValue, f.Confidence, f.Source, f.CreatedAt)).ToListAsync(cancellationToken));
    }

    private static async Task<IResult> AddAsync(string userId, string botName, FactRequest request, WhisperEngineDbContext db, CancellationToken cancellationToken)
    {
        var fact = new UserFact
        {
            UserId = userId, BotName = botName, FactType = request.FactType, FactValue = request.FactValue,
            Confidence = request.Confidence ?? 1.0, Source = request.Source,
        };
        db.UserFacts.Add(fact);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/users/{Uri.EscapeDataString(userId)}/bots/{Uri.EscapeDataString(botName)}/facts/{fact.Id}",
            new FactView(fact.Id, fact.FactType, fact.FactValue, fact.Confidence, fact.Source, fact.CreatedAt));
    }

    private static async Task<IResult> DeleteAsync(string userId, string botName, int id, WhisperEngineDbContext db, CancellationToken cancellationToken) =>
        await db.UserFacts.Where(f => f.Id == id && f.UserId == userId && f.BotName == botName).ExecuteDeleteAsync(cancellationToken) > 0
            ? TypedResults.NoContent()
            : ProblemResults.NotFound("Unknown fact", $"'{botName}' holds no fact {id} about '{userId}'.");

    /// <summary>Production shares a user's knowledge-graph edges across bots; each names the bot that saw it last.</summary>
    private static async Task<IResult> ListEntitiesAsync(string userId, KnowledgeGraphStore graph, CancellationToken cancellationToken) =>
        TypedResults.Ok(await graph.UserEntitiesAsync(userId, cancellationToken));

    private static async Task<IResult> LinkEntityAsync(
        string userId, string botName, UserEntityRequest request, KnowledgeGraphStore graph, CancellationToken cancellationToken)
    {
        if (await graph.FindAsync(request.EntityId, cancellationToken) is null)
        {
            return KnowledgeApi.UnknownEntity(request.EntityId, "entityId");
        }

        var (link, created) = await graph.LinkUserAsync(userId, botName, request, cancellationToken);
        return created ? TypedResults.Created((string?)null, link) : TypedResults.Ok(link);
    }
}
