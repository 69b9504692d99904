using Dapper;
using Microsoft.EntityFrameworkCore;
using WhisperAspire.Data;

namespace WhisperAspire.Api.Moderation;

/// <summary>banned_users keeps one row per user and bot; banning again reactivates it with the new audit fields.</summary>
public sealed class BanStore(WhisperEngineDbContext db)
{
    private const string Columns = "user_id, bot_name, reason, banned_at, banned_by, unbanned_at, unbanned_by, coalesce(is_active, false) AS is_active";

    /// <summary>Null when the user is already banned (the existing ban stands, unchanged).</summary>
    public Task<BanView?> BanAsync(string userId, string botName, BanRequest request, CancellationToken cancellationToken) =>
        db.Database.GetDbConnection().QuerySingleOrDefaultAsync<BanView?>(new CommandDefinition($"""
            INSERT INTO banned_users AS b (user_id, bot_name, reason, banned_by, banned_at, is_active)
            VALUES (@userId, @botName, @Reason, @BannedBy, now(), true)
            ON CONFLICT (user_id, bot_name) DO UPDATE SET
                reason = excluded.reason, banned_by = excluded.banned_by, banned_at = now(),
                unbanned_at = NULL, unbanned_by = NULL, is_active = true, updated_at = now()
            WHERE NOT coalesce(b.is_active, false)
            RETURNING {Columns}
            """, new { userId, botName, request.Reason, request.BannedBy }, cancellationToken: cancellationToken));

    /// <summary>Null when there is no active ban to lift.</summary>
    public Task<BanView?> UnbanAsync(string userId, string botName, UnbanRequest request, CancellationToken cancellationToken) =>
        db.Database.GetDbConnection().QuerySingleOrDefaultAsync<BanView?>(new CommandDefinition($"""
            UPDATE banned_users SET is_active = false, unbanned_at = now(), unbanned_by = @UnbannedBy, updated_at = now()
            WHERE user_id = @userId AND bot_name = @botName AND coalesce(is_active, false)
            RETURNING {Columns}
            """, new { userId, botName, request.UnbannedBy }, cancellationToken: cancellationToken));

    public Task<BanView?> FindAsync(string userId, string botName, CancellationToken cancellationToken) =>
        db.Database.GetDbConnection().QuerySingleOrDefaultAsync<BanView?>(new CommandDefinition(
            $"SELECT {Columns} FROM banned_users WHERE user_id = @userId AND bot_name = @botName", new { userId, botName }, cancellationToken: cancellationToken));

    public async Task<IReadOnlyList<BanView>> ListAsync(string? botName, bool? active, CancellationToken cancellationToken) =>
        (await db.Database.GetDbConnection().QueryAsync<BanView>(new CommandDefinition($"""
            SELECT {Columns} FROM banned_users
            WHERE (@botName::text IS NULL OR bot_name = @botName) AND (@active::boolean IS NULL OR coalesce(is_active, false) = @active)
            ORDER BY banned_at DESC, id DESC LIMIT 500
            """, new { botName, active }, cancellationToken: cancellationToken))).AsList();
}
