using System.Data;
using Dapper;
using Microsoft.EntityFrameworkCore;
using WhisperAspire.Data;

namespace WhisperAspire.Api.Knowledge;

/// <summary>fact_entities and the edges between them and users, in single statements PostgreSQL makes atomic.</summary>
public sealed class KnowledgeGraphStore(WhisperEngineDbContext db)
{
    private const string EntityColumns = """
        id, entity_name, entity_type, description, confidence, coalesce(mention_count, 1) AS mention_count,
        first_mentioned, last_updated, metadata::text AS metadata, category, subcategory
        """;

    private IDbConnection Connection => db.Database.GetDbConnection();

    /// <summary>Creates the entity, or counts one more mention of it: the name and type identify it.</summary>
    public async Task<(EntityView Entity, bool Created)> UpsertAsync(EntityRequest request, CancellationToken cancellationToken)
    {
        var row = await Connection.QuerySingleAsync<EntityRow>(new CommandDefinition($$"""
            INSERT INTO fact_entities AS e (entity_name, entity_type, description, confidence, metadata, category, subcategory)
            VALUES (@EntityName, @EntityType, @Description, coalesce(@Confidence, 1.0), coalesce(@Metadata::jsonb, '{}'::jsonb), @Category, @Subcategory)
            ON CONFLICT (entity_type, entity_name) DO UPDATE SET
                mention_count = coalesce(e.mention_count, 1) + 1,
                last_updated = now(),
                description = coalesce(excluded.description, e.description),
                category = coalesce(excluded.category, e.category),
                subcategory = coalesce(excluded.subcategory, e.subcategory),
                confidence = greatest(e.confidence, excluded.confidence),
                metadata = coalesce(e.metadata, '{}'::jsonb) || excluded.metadata
            RETURNING {{EntityColumns}}, (xmax = 0) AS created
            """,
            new { request.EntityName, request.EntityType, request.Description, request.Confidence, Metadata = request.Metadata?.GetRawText(), request.Category, request.Subcategory },
            cancellationToken: cancellationToken));
        return (row.ToView(), row.Created);
    }

    public async Task<EntityView?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        (await Connection.QuerySingleOrDefaultAsync<EntityRow>(new CommandDefinition(
            $"SELECT {EntityColumns}, false AS created FROM fact_entities WHERE id = @id", new { id }, cancellationToken: cancellationToken)))?.ToView();

    /// <summary>Ranked by the weighted search vector the enrichment trigger maintains: name over type over description.</summary>
    public async Task<IReadOnlyList<RankedEntity>> SearchAsync(string text, int limit, CancellationToken cancellationToken) =>
        (await Connection.QueryAsync<RankedEntity>(new CommandDefinition("""
            SELECT e.id, e.entity_name, e.entity_type, e.description, coalesce(e.mention_count, 1) AS mention_count, ts_rank(e.search_vector, q) AS rank
            FROM fact_entities e, websearch_to_tsquery('english', @text) q
            WHERE e.search_vector @@ q
            ORDER BY rank DESC, e.mention_count DESC, e.id
            LIMIT @limit
            """, new { text, limit }, cancellationToken: cancellationToken))).AsList();

    /// <summary>Production keeps one edge per direction and type: the same edge again updates its strength and context.</summary>
    public async Task<(LinkView Link, bool Created)> LinkAsync(Guid sourceId, EntityLinkRequest request, CancellationToken cancellationToken)
    {
        var row = await Connection.QuerySingleAsync<LinkRow>(new CommandDefinition("""
            INSERT INTO entity_relationships AS r (source_entity_id, target_entity_id, relationship_type, strength, weight, context, bidirectional)
            VALUES (@sourceId, @TargetEntityId, @RelationshipType, coalesce(@Strength, 1.0), coalesce(@Strength, 0.5), @Context, coalesce(@Bidirectional, false))
            ON CONFLICT (from_entity_id, to_entity_id, relationship_type) DO UPDATE SET
                strength = coalesce(@Strength, r.strength), weight = coalesce(@Strength, r.weight),
                context = coalesce(excluded.context, r.context), bidirectional = coalesce(@Bidirectional, r.bidirectional), updated_at = now()
            RETURNING id, source_entity_id, target_entity_id, relationship_type, strength, context, bidirectional, (xmax = 0) AS created
            """, new { sourceId, request.TargetEntityId, request.RelationshipType, request.Strength, request.Context, request.Bidirectional },
            cancellationToken: cancellationToken));
        return (new LinkView(row.Id, row.SourceEntityId, row.TargetEntityId, row.RelationshipType, row.Strength, row.Context, row.Bidirectional), row.Created);
    }

    /// <summary>Everything within two hops, edges followed both ways; each entity at its shortest distance.</summary>
    public async Task<Neighbourhood?> NeighbourhoodAsync(Guid id, int depth, CancellationToken cancellationToken)
    {
        if (await FindAsync(id, cancellationToken) is not { } entity)
        {
            return null;
        }

        const string Reach = """
            WITH RECURSIVE edges AS (
                SELECT source_entity_id AS a, target_entity_id AS b FROM entity_relationships
                UNION ALL
                SELECT target_entity_id, source_entity_id FROM entity_relationships
            ), reach(id, distance) AS (
                SELECT @id::uuid, 0
                UNION
                SELECT edges.b, reach.distance + 1 FROM reach JOIN edges ON edges.a = reach.id WHERE reach.distance < @depth
            ), nearest AS (
                SELECT id, min(distance) AS distance FROM reach GROUP BY id
            )
            """;
        var neighbours = await Connection.QueryAsync<NeighbourView>(new CommandDefinition($"""
            {Reach}
            SELECT e.id, e.entity_name, e.entity_type, n.distance FROM nearest n JOIN fact_entities e ON e.id = n.id
            WHERE n.id <> @id ORDER BY n.distance, e.entity_name, e.id
            """, new { id, depth }, cancellationToken: cancellationToken));
        var links = await Connection.QueryAsync<LinkView>(new CommandDefinition($"""
            {Reach}
            SELECT r.id, r.source_entity_id, r.target_entity_id, r.relationship_type, r.strength, r.context, r.bidirectional FROM entity_relationships r
            WHERE r.source_entity_id IN (SELECT id FROM nearest) AND r.target_entity_id IN (SELECT id FROM nearest)
            ORDER BY r.created_at, r.id
            """, new { id, depth }, cancellationToken: cancellationToken));
        return new Neighbourhood(entity, neighbours.AsList(), links.AsList());
    }

    /// <summary>
    /// A user↔entity edge. Production keeps one per user, entity and type whichever bot saw it: the same edge again
    /// updates it and names the bot that saw it last. The user becomes a universal user first (production's key).
    /// </summary>
    public async Task<(UserEntityView Link, bool Created)> LinkUserAsync(string userId, string botName, UserEntityRequest request, CancellationToken cancellationToken)
    {
        var row = await Connection.QuerySingleAsync<UserEntityRow>(new CommandDefinition("""
            WITH person AS (
                INSERT INTO universal_users (universal_id, primary_username) VALUES (@userId, @userId)
                ON CONFLICT (universal_id) DO NOTHING
            ), link AS (
                INSERT INTO user_fact_relationships AS r (user_id, bot_name, mentioned_by_character, entity_id, relationship_type,
                    relationship_strength, strength, confidence, context, emotional_context)
                VALUES (@userId, @botName, @botName, @EntityId, @RelationshipType, coalesce(@Strength, 1.0), coalesce(@Strength, 0.5),
                    coalesce(@Confidence, 0.5), @Context, @EmotionalContext)
                ON CONFLICT (user_id, entity_id, relationship_type) DO UPDATE SET
                    bot_name = excluded.bot_name, mentioned_by_character = excluded.mentioned_by_character,
                    relationship_strength = coalesce(@Strength, r.relationship_strength), strength = coalesce(@Strength, r.strength),
                    confidence = coalesce(@Confidence, r.confidence), context = coalesce(excluded.context, r.context),
                    emotional_context = coalesce(excluded.emotional_context, r.emotional_context)
                RETURNING r.*, (xmax = 0) AS created
            )
            SELECT e.id AS entity_id, e.entity_name, e.entity_type, l.relationship_type, l.relationship_strength AS strength, l.context,
                   l.confidence, l.emotional_context, l.mentioned_by_character AS mentioned_by, l.created
            FROM link l JOIN fact_entities e ON e.id = l.entity_id
            """, new { userId, botName, request.EntityId, request.RelationshipType, request.Strength, request.Context, request.Confidence, request.EmotionalContext },
            cancellationToken: cancellationToken));
        return (new UserEntityView(row.EntityId, row.EntityName, row.EntityType, row.RelationshipType, row.Strength, row.Context,
            row.Confidence, row.EmotionalContext, row.MentionedBy), row.Created);
    }

    /// <summary>Everything the graph links to the user, whichever bot saw it (production shares a user's edges across bots).</summary>
    public async Task<IReadOnlyList<UserEntityView>> UserEntitiesAsync(string userId, CancellationToken cancellationToken) =>
        (await Connection.QueryAsync<UserEntityView>(new CommandDefinition("""
            SELECT e.id AS entity_id, e.entity_name, e.entity_type, r.relationship_type, r.relationship_strength AS strength, r.context,
                   r.confidence, r.emotional_context, r.mentioned_by_character AS mentioned_by
            FROM user_fact_relationships r JOIN fact_entities e ON e.id = r.entity_id
            WHERE r.user_id = @userId
            ORDER BY r.relationship_strength DESC NULLS LAST, e.entity_name, r.relationship_type
            """, new { userId }, cancellationToken: cancellationToken))).AsList();

    private sealed record LinkRow(Guid Id, Guid SourceEntityId, Guid TargetEntityId, string RelationshipType, double? Strength, string? Context, bool? Bidirectional, bool Created);

    private sealed record UserEntityRow(
        Guid EntityId, string EntityName, string EntityType, string RelationshipType, double? Strength, string? Context,
        double? Confidence, string? EmotionalContext, string? MentionedBy, bool Created);

    /// <summary>Dapper's row shape: metadata arrives as text and leaves as the JSON it holds.</summary>
    private sealed record EntityRow(
        Guid Id, string EntityName, string EntityType, string? Description, double? Confidence, int MentionCount,
        DateTime? FirstMentioned, DateTime? LastUpdated, string? Metadata, string? Category, string? Subcategory, bool Created)
    {
        public EntityView ToView() => new(Id, EntityName, EntityType, Description, Confidence, MentionCount, FirstMentioned, LastUpdated,
            Metadata is null ? null : System.Text.Json.JsonSerializer.Deserialize<System.Text.Json.JsonElement>(Metadata), Category, Subcategory);
    }
}
