using Dapper;
using Microsoft.EntityFrameworkCore;
using WhisperAspire.Data;

namespace WhisperAspire.Api.Users;

/// <summary>user_relationships: one row per user and bot, moved by interactions.</summary>
public sealed class RelationshipStore(WhisperEngineDbContext db)
{
    private const string Columns = """
        user_id, bot_name, coalesce(affection, 0) AS affection, coalesce(trust, 0) AS trust, coalesce(attunement, 0) AS attunement,
        coalesce(interaction_count, 0) AS interaction_count, first_interaction, last_interaction
        """;

    /// <summary>
    /// One statement, so parallel interactions for the same pair serialize on the row instead of losing updates: the
    /// first creates the row, every later one adds to it, and each score is clamped to 0–1 as it is written.
    /// </summary>
    public Task<RelationshipView> RecordInteractionAsync(string userId, string botName, InteractionRequest change, CancellationToken cancellationToken) =>
        db.Database.GetDbConnection().QuerySingleAsync<RelationshipView>(new CommandDefinition($"""
            INSERT INTO user_relationships AS r (user_id, bot_name, affection, trust, attunement, interaction_count, first_interaction, last_interaction)
            VALUES (@userId, @botName, least(1, greatest(0, @affection)), least(1, greatest(0, @trust)), least(1, greatest(0, @attunement)), 1, now(), now())
            ON CONFLICT (user_id, bot_name) DO UPDATE SET
                affection = least(1, greatest(0, coalesce(r.affection, 0) + @affection)),
                trust = least(1, greatest(0, coalesce(r.trust, 0) + @trust)),
                attunement = least(1, greatest(0, coalesce(r.attunement, 0) + @attunement)),
                interaction_count = coalesce(r.interaction_count, 0) + 1,
                last_interaction = now(),
                updated_at = now()
            RETURNING {Columns}
            """,
            new { userId, botName, affection = change.AffectionDelta, trust = change.TrustDelta, attunement = change.AttunementDelta },
            cancellationToken: cancellationToken));

    public Task<RelationshipView?> FindAsync(string userId, string botName, CancellationToken cancellationToken) =>
        db.Database.GetDbConnection().QuerySingleOrDefaultAsync<RelationshipView?>(new CommandDefinition(
            $"SELECT {Columns} FROM user_relationships WHERE user_id = @userId AND bot_name = @botName",
            new { userId, botName }, cancellationToken: cancellationToken));
}
