using WhisperAspire.Api.Moderation;
using WhisperAspire.Api.Problems;

namespace WhisperAspire.Api.Apis;

/// <summary>Bans per user and bot, with their audit trail; a banned user gets no prompt from that bot.</summary>
public static class ModerationApi
{
    public static IEndpointRouteBuilder MapModerationApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/bans", ListAsync).WithTags("Moderation").WithName("ListBans");

        var bot = app.MapBotScope("Moderation");
        bot.MapGet("/ban", GetAsync).WithName("GetBan");
        bot.MapPost("/ban", BanAsync).WithName("BanUser");
        bot.MapPost("/unban", UnbanAsync).WithName("UnbanUser");
        return app;
    }

    private static async Task<IResult> ListAsync(string? botName, bool? active, BanStore bans, CancellationToken cancellationToken) =>
        TypedResults.Ok(await bans.ListAsync(botName, active, cancellationToken));

    private static async Task<IResult> GetAsync(string userId, string botName, BanStore bans, CancellationToken cancellationToken) =>
        await bans.FindAsync(userId, botName, cancellationToken) is { } ban
            ? TypedResults.Ok(ban)
            : ProblemResults.NotFound("Never banned", $"'{userId}' has never been banned from '{botName}'.");

    private static async Task<IResult> BanAsync(string userId, string botName, BanRequest request, BanStore bans, CancellationToken cancellationToken)
    {
        if (await bans.BanAsync(userId, botName, request, cancellationToken) is { } ban)
        {
            return TypedResults.Ok(ban);
        }

        var standing = await bans.FindAsync(userId, botName, cancellationToken);
        return ProblemResults.Conflict("Already banned",
            $"'{userId}' is banned from '{botName}' since {standing?.BannedAt:u} by {standing?.BannedBy}; POST {BotScope.Route}/unban lifts it.");
    }

    private static async Task<IResult> UnbanAsync(string userId, string botName, UnbanRequest request, BanStore bans, CancellationToken cancellationToken) =>
        await bans.UnbanAsync(userId, botName, request, cancellationToken) is { } ban
            ? TypedResults.Ok(ban)
            : ProblemResults.Conflict("Not banned", $"'{userId}' has no active ban from '{botName}' to lift.");
}
