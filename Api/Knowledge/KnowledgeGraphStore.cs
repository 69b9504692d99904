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
        first_mentioned, last_updated, metadata::text AS metadata
        """;

    private IDbConnection Connection => db.Database.GetDbConnection();

    /// <summary>Creates the entity, or counts one more mention of it: the name and type identify it.</summary>
    public async Task<(EntityView Entity, bool Created)> UpsertAsync(EntityRequest request, CancellationToken cancellationToken)
    {
        var row = await Connection.QuerySingleAsync<EntityRow>(new CommandDefinition($$"""
            INSERT INTO fact_entities AS e (entity_name, entity_type, description, confidence, metadata)
            VALUES (@EntityName, @EntityType, @Description, coalesce(@Confidence, 1.0), coalesce(@Metadata::jsonb, '{}'::jsonb))
            ON CONFLICT (entity_name, entity_type) DO UPDATE SET
                mention_count = coalesce(e.mention_count, 1) + 1,
                last_updated = now(),
                description = coalesce(excluded.description, e.description),
                confidence = greatest(e.confidence, excluded.confidence),
                metadata = coalesce(e.metadata, '{}'::jsonb) || excluded.metadata
            RETURNING {{EntityColumns}}, (xmax = 0) AS created
            """,
            new { request.EntityName, request.EntityType, request.Description, request.Confidence, Metadata = request.Metadata?.GetRawText() },
            cancellationToken: cancellationToken));
        return (row.ToView(), row.Created);
    }

    public async Task<EntityView?> FindAsync(int id, CancellationToken cancellationToken) =>
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

    public Task<LinkView> LinkAsync(int sourceId, EntityLinkRequest request, CancellationToken cancellationToken) =>
        Connection.QuerySingleAsync<LinkView>(new CommandDefinition("""
            INSERT INTO entity_relationships (source_entity_id, target_entity_id, relationship_type, strength, context)
            VALUES (@sourceId, @TargetEntityId, @RelationshipType, coalesce(@Strength, 1.0), @Context)
            RETURNING id, source_entity_id, target_entity_id, relationship_type, strength, context
            """, new { sourceId, request.TargetEntityId, request.RelationshipType, request.Strength, request.Context }, cancellationToken: cancellationToken));

    /// <summary>Everything within two hops, edges followed both ways; each entity at its shortest distance.</summary>
    public async Task<Neighbourhood?> NeighbourhoodAsync(int id, int depth, CancellationToken cancellationToken)
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
                SELECT @id, 0
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
            SELECT r.id, r.source_entity_id, r.target_entity_id, r.relationship_type, r.strength, r.context FROM entity_relationships r
            WHERE r.source_entity_id IN (SELECT id FROM nearest) AND r.target_entity_id IN (SELECT id FROM nearest)
            ORDER BY r.id
            """, new { id, depth }, cancellationToken: cancellationToken));
        return new Neighbourhood(entity, neighbours.AsList(), links.AsList());
    }

    /// <summary>A user↔entity edge as one bot sees it; the same type again updates strength and context instead of duplicating.</summary>
    public async Task<(UserEntityView Link, bool Created)> LinkUserAsync(string userId, string botName, UserEntityRequest request, CancellationToken cancellationToken)
    {
        // One statement: update the link if it exists, insert it otherwise, and return it with the entity's name.
        var row = await Connection.QuerySingleAsync<UserEntityRow>(new CommandDefinition("""
            WITH updated AS (
                UPDATE user_fact_relationships SET relationship_strength = coalesce(@Strength, relationship_strength),
                       context = coalesce(@Context, context), updated_at = now()
                WHERE user_id = @userId AND bot_name = @botName AND entity_id = @EntityId AND relationship_type = @RelationshipType
                RETURNING entity_id, relationship_type, relationship_strength, context, false AS created
            ), inserted AS (
                INSERT INTO user_fact_relationships (user_id, bot_name, entity_id, relationship_type, relationship_strength, context)
                SELECT @userId, @botName, @EntityId, @RelationshipType, coalesce(@Strength, 1.0), @Context
                WHERE NOT EXISTS (SELECT 1 FROM updated)
                RETURNING entity_id, relationship_type, relationship_strength, context, true AS created
            )
            SELECT e.id AS entity_id, e.entity_name, e.entity_type, l.relationship_type, l.relationship_strength AS strength, l.context, l.created
            FROM (SELECT * FROM updated UNION ALL SELECT * FROM inserted) l JOIN fact_entities e ON e.id = l.entity_id
            LIMIT 1
            """, new { userId, botName, request.EntityId, request.RelationshipType, request.Strength, request.Context }, cancellationToken: cancellationToken));
        return (new UserEntityView(row.EntityId, row.EntityName, row.EntityType, row.RelationshipType, row.Strength, row.Context), row.Created);
    }

    public async Task<IReadOnlyList<UserEntityView>> UserEntitiesAsync(string userId, string botName, CancellationToken cancellationToken) =>
        (await Connection.QueryAsync<UserEntityView>(new CommandDefinition("""
            SELECT e.id AS entity_id, e.entity_name, e.entity_type, r.relationship_type, r.relationship_strength AS strength, r.context
            FROM user_fact_relationships r JOIN fact_entities e ON e.id = r.entity_id
            WHERE r.user_id = @userId AND r.bot_name = @botName
            ORDER BY r.relationship_strength DESC NULLS LAST, e.entity_name, r.id
            """, new { userId, botName }, cancellationToken: cancellationToken))).AsList();

    private sealed record UserEntityRow(int EntityId, string EntityName, string EntityType, string RelationshipType, double? Strength, string? Context, bool Created);

    /// <summary>Dapper's row shape: metadata arrives as text and leaves as the JSON it holds.</summary>
    private sealed record EntityRow(
        int Id, string EntityName, string EntityType, string? Description, double? Confidence, int MentionCount,
        DateTime? FirstMentioned, DateTime? LastUpdated, string? Metadata, bool Created)
    {
        public EntityView ToView() => new(Id, EntityName, EntityType, Description, Confidence, MentionCount, FirstMentioned, LastUpdated,
            Metadata is null ? null : System.Text.Json.JsonSerializer.Deserialize<System.Text.Json.JsonElement>(Metadata));
    }
}
