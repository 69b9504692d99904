using Dapper;
using Microsoft.EntityFrameworkCore;
using WhisperAspire.Data;

namespace WhisperAspire.Api.Moderation;

/// <summary>
/// banned_users keeps one row per Discord user (production's key won over the seed's per-bot one): the bot that bans
/// is recorded in bot_name, banning again after an unban (or after expiry) reuses the row with the new audit fields.
/// </summary>
public sealed class BanStore(WhisperEngineDbContext db)
{
    /// <summary>A ban holds while it is active and not past its expiry; the SQL and the view agree on that.</summary>
    public const string Holds = "coalesce(is_active, false) AND (expires_at IS NULL OR expires_at > now()::timestamp)";

    private const string Columns = $"""
        user_id, discord_user_id, bot_name, reason, ban_reason, banned_at, banned_by, expires_at, notes,
        unbanned_at, unbanned_by, unban_reason, ({Holds}) AS is_active
        """;

    /// <summary>Null when the user's ban already holds (placed by whichever bot; it stands unchanged).</summary>
    public Task<BanView?> BanAsync(string userId, string botName, BanRequest request, CancellationToken cancellationToken) =>
        db.Database.GetDbConnection().QuerySingleOrDefaultAsync<BanView?>(new CommandDefinition($"""
            INSERT INTO banned_users AS b (discord_user_id, user_id, bot_name, reason, ban_reason, banned_by, banned_at, expires_at, notes, is_active)
            VALUES (@userId, @userId, @botName, coalesce(@Reason, @BanReason), coalesce(@BanReason, @Reason), @BannedBy, now(), @expiresAt, @Notes, true)
            ON CONFLICT (discord_user_id) DO UPDATE SET
                user_id = excluded.user_id, bot_name = excluded.bot_name, reason = excluded.reason, ban_reason = excluded.ban_reason,
                banned_by = excluded.banned_by, banned_at = now(), expires_at = excluded.expires_at,
                notes = coalesce(excluded.notes, b.notes), unbanned_at = NULL, unbanned_by = NULL, unban_reason = NULL,
                is_active = true, updated_at = now()
            WHERE NOT (coalesce(b.is_active, false) AND (b.expires_at IS NULL OR b.expires_at > now()::timestamp))
            RETURNING {Columns}
            """,
            new { userId, botName, request.Reason, request.BanReason, request.BannedBy, expiresAt = request.ExpiresAt?.UtcDateTime, request.Notes },
            cancellationToken: cancellationToken));

    /// <summary>Null when there is no holding ban placed by this bot (or by every bot, <c>*</c>) to lift.</summary>
    public Task<BanView?> UnbanAsync(string userId, string botName, UnbanRequest request, CancellationToken cancellationToken) =>
        db.Database.GetDbConnection().QuerySingleOrDefaultAsync<BanView?>(new CommandDefinition($"""
            UPDATE banned_users SET is_active = false, unbanned_at = now(), unbanned_by = @UnbannedBy, unban_reason = @UnbanReason, updated_at = now()
            WHERE discord_user_id = @userId AND bot_name IN (@botName, '*') AND {Holds}
            RETURNING {Columns}
            """, new { userId, botName, request.UnbannedBy, request.UnbanReason }, cancellationToken: cancellationToken));

    /// <summary>The user's one ban, whichever bot placed it.</summary>
    public Task<BanView?> FindAsync(string discordUserId, CancellationToken cancellationToken) =>
        db.Database.GetDbConnection().QuerySingleOrDefaultAsync<BanView?>(new CommandDefinition(
            $"SELECT {Columns} FROM banned_users WHERE discord_user_id = @discordUserId", new { discordUserId }, cancellationToken: cancellationToken));

    public async Task<IReadOnlyList<BanView>> ListAsync(string? botName, bool? active, CancellationToken cancellationToken) =>
        (await db.Database.GetDbConnection().QueryAsync<BanView>(new CommandDefinition($"""
            SELECT {Columns} FROM banned_users
            WHERE (@botName::text IS NULL OR bot_name = @botName) AND (@active::boolean IS NULL OR ({Holds}) = @active)
            ORDER BY banned_at DESC, id DESC LIMIT 500
            """, new { botName, active }, cancellationToken: cancellationToken))).AsList();
}
