using System.Text.Json;
using Npgsql;

namespace WhisperAspire.Api.Prompts;

/// <summary>
/// Reads everything a prompt needs about a user in one statement: the ban in force from this bot (or from every bot, <c>*</c>), the most confident
/// facts, the relationship scores, the three latest summaries and the strongest knowledge-graph links. Every list has
/// a total order, so the same data always yields the same prompt.
/// </summary>
public static class UserKnowledgeReader
{
    public const int MaxFacts = 20;
    public const int MaxSummaries = 3;
    public const int MaxEntities = 10;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Two parameters, the user id and the bot name; one row holding the knowledge as json (public for bench/api's floor).</summary>
    public static readonly string Sql = $"""
        SELECT json_build_object(
          'ban', (SELECT json_build_object('reason', reason, 'bannedAt', banned_at, 'bannedBy', banned_by)
                  FROM banned_users WHERE discord_user_id = $1 AND bot_name IN ($2, '*') AND {Moderation.BanStore.Holds}),
          'facts', (SELECT coalesce(json_agg(json_build_object('factType', fact_type, 'factValue', fact_value, 'confidence', confidence)
                                             ORDER BY confidence DESC NULLS LAST, fact_type, id), '[]'::json)
                    FROM (SELECT * FROM user_facts WHERE user_id = $1 AND bot_name = $2
                          ORDER BY confidence DESC NULLS LAST, fact_type, id LIMIT {MaxFacts}) f),
          'relationship', (SELECT json_build_object('affection', coalesce(affection, 0), 'trust', coalesce(trust, 0),
                                                    'attunement', coalesce(attunement, 0), 'interactionCount', coalesce(interaction_count, 0))
                           FROM user_relationships WHERE user_id = $1 AND bot_name = $2),
          'summaries', (SELECT coalesce(json_agg(json_build_object('conversationDate', conversation_date, 'summaryText', summary_text,
                                                                   'emotionalTone', emotional_tone) ORDER BY conversation_date DESC, id DESC), '[]'::json)
                        FROM (SELECT * FROM conversation_summaries WHERE user_id = $1 AND bot_name = $2
                              ORDER BY conversation_date DESC, id DESC LIMIT {MaxSummaries}) s),
          'entities', (SELECT coalesce(json_agg(json_build_object('entityName', entity_name, 'entityType', entity_type,
                                                                  'relationshipType', relationship_type, 'strength', relationship_strength)
                                                ORDER BY relationship_strength DESC NULLS LAST, entity_name, relationship_type), '[]'::json)
                       FROM (SELECT e.entity_name, e.entity_type, r.relationship_type, r.relationship_strength
                             FROM user_fact_relationships r JOIN fact_entities e ON e.id = r.entity_id
                             WHERE r.user_id = $1
                             ORDER BY r.relationship_strength DESC NULLS LAST, e.entity_name, r.relationship_type LIMIT {MaxEntities}) k))
        """;

    /// <summary>Appends the knowledge statement to a batch, so it travels with the character's SELECTs.</summary>
    public static void AddTo(NpgsqlBatch batch, string userId, string botName) =>
        batch.BatchCommands.Add(new NpgsqlBatchCommand(Sql)
        {
            Parameters = { new NpgsqlParameter<string> { TypedValue = userId }, new NpgsqlParameter<string> { TypedValue = botName } },
        });

    /// <summary>Reads the knowledge statement's one row, where <paramref name="reader"/> stands.</summary>
    public static async Task<UserKnowledge> ReadFromAsync(NpgsqlDataReader reader, CancellationToken cancellationToken)
    {
        await reader.ReadAsync(cancellationToken);
        return JsonSerializer.Deserialize<UserKnowledge>(reader.GetString(0), Json)!;
    }
}
