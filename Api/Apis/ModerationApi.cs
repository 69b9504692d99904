using WhisperAspire.Api.Moderation;
using WhisperAspire.Api.Problems;

namespace WhisperAspire.Api.Apis;

/// <summary>
/// Bans with their audit trail: one ban per Discord user (production's UNIQUE(discord_user_id)), placed by one bot; a
/// banned user gets no prompt from that bot. Another bot cannot ban the user again while the ban holds (409 naming the bot).
/// </summary>
public static class ModerationApi
{
    public static IEndpointRouteBuilder MapModerationApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/bans", ListAsync).WithTags("Moderation").WithName("ListBans");
        app.MapGet("/api/bans/{discordUserId}", GetUserBanAsync).WithTags("Moderation").WithName("GetUserBan")
            .WithSummary("The Discord user's one ban, whichever bot placed it.");

        var bot = app.MapBotScope("Moderation");
        bot.MapGet("/ban", GetAsync).WithName("GetBan")
            .WithSummary("The user's one ban (bans are one per Discord user; botName shows which bot placed it).");
        bot.MapPost("/ban", BanAsync).WithName("BanUser")
            .WithSummary("Ban the Discord user: one ban per user, so while a ban holds (from this bot or another) this is a 409 naming the bot that holds it.");
        bot.MapPost("/unban", UnbanAsync).WithName("UnbanUser")
            .WithSummary("Lift the ban this bot placed; the row stays as the audit trail.");
        return app;
    }

    private static async Task<IResult> ListAsync(string? botName, bool? active, BanStore bans, CancellationToken cancellationToken) =>
        TypedResults.Ok(await bans.ListAsync(botName, active, cancellationToken));

    private static async Task<IResult> GetUserBanAsync(string discordUserId, BanStore bans, CancellationToken cancellationToken) =>
        await bans.FindAsync(discordUserId, cancellationToken) is { } ban
            ? TypedResults.Ok(ban)
            : ProblemResults.NotFound("Never banned", $"'{discordUserId}' has never been banned.");

    private static async Task<IResult> GetAsync(string userId, string botName, BanStore bans, CancellationToken cancellationToken) =>
        await bans.FindAsync(userId, cancellationToken) is { } ban
            ? TypedResults.Ok(ban)
            : ProblemResults.NotFound("Never banned", $"'{userId}' has never been banned (by '{botName}' or any other bot).");

    private static async Task<IResult> BanAsync(string userId, string botName, BanRequest request, BanStore bans, CancellationToken cancellationToken)
    {
        if (await bans.BanAsync(userId, botName, request, cancellationToken) is { } ban)
        {
            return TypedResults.Ok(ban);
        }

        var standing = await bans.FindAsync(userId, cancellationToken);
        return ProblemResults.Conflict("Already banned",
            $"'{userId}' is banned by bot '{standing?.BotName}' since {standing?.BannedAt:u} by {standing?.BannedBy}; a Discord user has one ban. "
            + $"POST /api/users/{userId}/bots/{standing?.BotName}/unban lifts it.");
    }

    private static async Task<IResult> UnbanAsync(string userId, string botName, UnbanRequest request, BanStore bans, CancellationToken cancellationToken)
    {
        if (await bans.UnbanAsync(userId, botName, request, cancellationToken) is { } ban)
        {
            return TypedResults.Ok(ban);
        }

        return await bans.FindAsync(userId, cancellationToken) is { IsActive: true } standing
            ? ProblemResults.Conflict("Banned by another bot", $"'{userId}' is banned by bot '{standing.BotName}'; only that bot lifts the ban.")
            : ProblemResults.Conflict("Not banned", $"'{userId}' has no ban in force to lift.");
    }
}
