using Microsoft.EntityFrameworkCore;
using WhisperAspire.Api.Problems;
using WhisperAspire.Data;

namespace WhisperAspire.Api.Apis;

/// <summary>
/// Routes under <c>/api/users/{userId}/bots/{botName}</c>: what one bot knows about one user. The bot must be a
/// character in the database (an unknown name is a 404, never a silently separate data set), and both keys must fit
/// their varchar columns.
/// </summary>
public static class BotScope
{
    public const string Route = "/api/users/{userId}/bots/{botName}";

    public static RouteGroupBuilder MapBotScope(this IEndpointRouteBuilder app, string tag) =>
        app.MapGroup(Route).WithTags(tag).AddEndpointFilter(async (context, next) =>
        {
            var userId = (string)context.HttpContext.Request.RouteValues["userId"]!;
            var botName = (string)context.HttpContext.Request.RouteValues["botName"]!;
            if (userId.Length > 255)
            {
                return ProblemResults.Field("userId", "At most 255 characters (user_id is varchar(255)).");
            }

            if (botName.Length > 100)
            {
                return ProblemResults.Field("botName", "At most 100 characters (bot_name is varchar(100)).");
            }

            var db = context.HttpContext.RequestServices.GetRequiredService<WhisperEngineDbContext>();
            return await db.Characters.AnyAsync(c => c.Name == botName, context.HttpContext.RequestAborted)
                ? await next(context)
                : ProblemResults.UnknownCharacter(botName);
        });
}
