using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using WhisperAspire.Api.Problems;
using WhisperAspire.Api.Users;
using WhisperAspire.Data;
using WhisperAspire.Data.Model.Core;

namespace WhisperAspire.Api.Apis;

/// <summary>Users (by Discord id) and their relationship with each bot.</summary>
public static class UsersApi
{
    public static IEndpointRouteBuilder MapUsersApi(this IEndpointRouteBuilder app)
    {
        var users = app.MapGroup("/api/users").WithTags("Users");
        users.MapPost("/", CreateAsync).WithName("CreateUser");
        users.MapGet("/{discordUserId}", GetAsync).WithName("GetUser");
        users.MapGet("/by-username/{username}", GetByUsernameAsync).WithName("GetUserByUsername");

        var bot = app.MapBotScope("Relationships");
        bot.MapGet("/relationship", GetRelationshipAsync).WithName("GetRelationship");
        bot.MapPost("/interactions", RecordInteractionAsync).WithName("RecordInteraction")
            .WithSummary("Count one interaction and move affection, trust and attunement by the deltas, each kept within 0–1.");
        return app;
    }

    private static async Task<IResult> CreateAsync(CreateUserRequest request, WhisperEngineDbContext db, CancellationToken cancellationToken)
    {
        foreach (var (field, value) in new[] { ("preferences", request.Preferences), ("privacySettings", request.PrivacySettings) })
        {
            if (value is { ValueKind: not JsonValueKind.Object and not JsonValueKind.Null })
            {
                return ProblemResults.Field(field, "A JSON object.");
            }
        }

        var userId = request.UserId ?? request.DiscordUserId;
        if (await db.Users.AnyAsync(u => u.DiscordUserId == request.DiscordUserId || u.Username == request.Username || u.UserId == userId, cancellationToken))
        {
            return ProblemResults.Conflict("User exists",
                $"A user with Discord id '{request.DiscordUserId}', username '{request.Username}' or user id '{userId}' exists: GET /api/users/{{discordUserId}}.");
        }

        var user = new User
        {
            UserId = userId, DiscordUserId = request.DiscordUserId, Username = request.Username, DisplayName = request.DisplayName,
            Preferences = request.Preferences is { ValueKind: JsonValueKind.Object } preferences ? preferences.GetRawText() : null,
            PrivacySettings = request.PrivacySettings is { ValueKind: JsonValueKind.Object } privacy ? privacy.GetRawText() : null,
        };
        db.Users.Add(user);
        await db.SaveChangesAsync(cancellationToken); // a racing duplicate still ends as 409 (DatabaseProblemHandler)
        await db.Entry(user).ReloadAsync(cancellationToken); // the database's defaults (last seen, message count, settings)
        return TypedResults.Created($"/api/users/{Uri.EscapeDataString(request.DiscordUserId)}", View(user));
    }

    /// <summary>By Discord id, or by production's user id (a row whose Discord id matches comes first).</summary>
    private static async Task<IResult> GetAsync(string discordUserId, WhisperEngineDbContext db, CancellationToken cancellationToken) =>
        await db.Users.AsNoTracking().Where(u => u.DiscordUserId == discordUserId || u.UserId == discordUserId)
                .OrderBy(u => u.DiscordUserId == discordUserId ? 0 : 1).FirstOrDefaultAsync(cancellationToken) is { } user
            ? TypedResults.Ok(View(user))
            : ProblemResults.NotFound("Unknown user", $"No user has Discord id or user id '{discordUserId}'. POST /api/users creates one.");

    private static async Task<IResult> GetByUsernameAsync(string username, WhisperEngineDbContext db, CancellationToken cancellationToken) =>
        await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Username == username, cancellationToken) is { } user
            ? TypedResults.Ok(View(user))
            : ProblemResults.NotFound("Unknown user", $"No user is named '{username}'. POST /api/users creates one.");

    private static async Task<IResult> GetRelationshipAsync(string userId, string botName, RelationshipStore relationships, CancellationToken cancellationToken) =>
        await relationships.FindAsync(userId, botName, cancellationToken) is { } relationship
            ? TypedResults.Ok(relationship)
            : ProblemResults.NotFound("No relationship yet", $"'{botName}' has no recorded interaction with '{userId}'. POST {BotScope.Route}/interactions records one.");

    private static async Task<IResult> RecordInteractionAsync(
        string userId, string botName, InteractionRequest request, RelationshipStore relationships, CancellationToken cancellationToken) =>
        TypedResults.Ok(await relationships.RecordInteractionAsync(userId, botName, request, cancellationToken));

    private static UserView View(User user) => new(
        user.UserId, user.DiscordUserId, user.Username, user.DisplayName, user.CreatedAt, user.LastSeen, user.MessageCount,
        Json(user.Preferences), Json(user.PrivacySettings));

    /// <summary>Production keeps settings as text; JSON shows as JSON, anything else a tool wrote shows as a string.</summary>
    private static JsonElement? Json(string? text)
    {
        if (text is null)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<JsonElement>(text);
        }
        catch (JsonException)
        {
            return JsonSerializer.SerializeToElement(text);
        }
    }
}
