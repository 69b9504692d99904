using Microsoft.EntityFrameworkCore;
using WhisperAspire.Api.Knowledge;
using WhisperAspire.Api.Problems;
using WhisperAspire.Data;
using WhisperAspire.Data.Model.Core;

namespace WhisperAspire.Api.Apis;

/// <summary>Conversation summaries per user, bot and date.</summary>
public static class SummariesApi
{
    public static IEndpointRouteBuilder MapSummariesApi(this IEndpointRouteBuilder app)
    {
        var bot = app.MapBotScope("Conversation summaries");
        bot.MapGet("/summaries", ListAsync).WithName("ListSummaries").WithSummary("Newest first, optionally within from..to (inclusive dates).");
        bot.MapPost("/summaries", AddAsync).WithName("AddSummary");
        return app;
    }

    private static async Task<IResult> ListAsync(
        string userId, string botName, DateOnly? from, DateOnly? to, WhisperEngineDbContext db, CancellationToken cancellationToken)
    {
        if (from > to)
        {
            return ProblemResults.Field("from", "Must not be after 'to'.");
        }

        var summaries = db.ConversationSummaries.AsNoTracking().Where(s => s.UserId == userId && s.BotName == botName);
        summaries = from is { } start ? summaries.Where(s => s.ConversationDate >= start) : summaries;
        summaries = to is { } end ? summaries.Where(s => s.ConversationDate <= end) : summaries;
        return TypedResults.Ok((await summaries.OrderByDescending(s => s.ConversationDate).ThenByDescending(s => s.Id)
            .ToListAsync(cancellationToken)).Select(View).ToList());
    }

    private static async Task<IResult> AddAsync(string userId, string botName, SummaryRequest request, WhisperEngineDbContext db, CancellationToken cancellationToken)
    {
        if (request.InteractionQuality is { } quality && decimal.Round(quality, 2) != quality)
        {
            return ProblemResults.Field("interactionQuality", "At most 2 digits after the point (the column is numeric(3,2)).");
        }

        if (request.ConversationDate == default)
        {
            return ProblemResults.Field("conversationDate", "Required, as yyyy-MM-dd.");
        }

        var summary = new ConversationSummary
        {
            UserId = userId, BotName = botName, ConversationDate = request.ConversationDate, SummaryText = request.SummaryText,
            KeyTopics = Topics(request.KeyTopics), EmotionalTone = request.EmotionalTone, InteractionQuality = request.InteractionQuality,
        };
        db.ConversationSummaries.Add(summary);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created((string?)null, View(summary));
    }

    // key_topics is production's varchar[]; the Api keeps the seeds' comma-separated text on the wire.
    private static string[]? Topics(string? keyTopics) =>
        keyTopics?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) is { Length: > 0 } topics ? topics : null;

    private static SummaryView View(ConversationSummary s) => new(
        s.Id, s.ConversationDate, s.SummaryText, s.KeyTopics is null ? null : string.Join(", ", s.KeyTopics), s.EmotionalTone, s.InteractionQuality);
}
