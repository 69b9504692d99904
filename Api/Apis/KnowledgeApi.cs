using WhisperAspire.Api.Knowledge;
using WhisperAspire.Api.Problems;

namespace WhisperAspire.Api.Apis;

/// <summary>The knowledge graph: entities (upserted by name and type), ranked full-text search, edges, neighbourhoods.</summary>
public static class KnowledgeApi
{
    private const int MaxResults = 100;

    public static IEndpointRouteBuilder MapKnowledgeApi(this IEndpointRouteBuilder app)
    {
        var entities = app.MapGroup("/api/entities").WithTags("Knowledge graph");
        entities.MapPost("/", UpsertAsync).WithName("UpsertEntity")
            .WithSummary("Create an entity, or count one more mention of the entity with this name and type.");
        entities.MapGet("/search", SearchAsync).WithName("SearchEntities")
            .WithSummary("Full-text search over name, type and description, best matches first.");
        entities.MapGet("/{id:guid}", GetAsync).WithName("GetEntity");
        entities.MapPost("/{id:guid}/relationships", LinkAsync).WithName("LinkEntities");
        entities.MapGet("/{id:guid}/neighbourhood", NeighbourhoodAsync).WithName("GetEntityNeighbourhood")
            .WithSummary("The entities within one or two hops, whichever way the edges point, and the edges among them.");
        return app;
    }

    public static IResult UnknownEntity(Guid id, string field = "id") =>
        ProblemResults.NotFound("Unknown entity", $"No knowledge-graph entity has id {id} ({field}). POST /api/entities creates one; GET /api/entities/search finds them.");

    private static async Task<IResult> UpsertAsync(EntityRequest request, KnowledgeGraphStore graph, CancellationToken cancellationToken)
    {
        if (request.Metadata is { ValueKind: not System.Text.Json.JsonValueKind.Object and not System.Text.Json.JsonValueKind.Null })
        {
            return ProblemResults.Field("metadata", "A JSON object (entries are merged into what the entity already has).");
        }

        var (entity, created) = await graph.UpsertAsync(request, cancellationToken);
        return created ? TypedResults.Created($"/api/entities/{entity.Id}", entity) : TypedResults.Ok(entity);
    }

    private static async Task<IResult> GetAsync(Guid id, KnowledgeGraphStore graph, CancellationToken cancellationToken) =>
        await graph.FindAsync(id, cancellationToken) is { } entity ? TypedResults.Ok(entity) : UnknownEntity(id);

    private static async Task<IResult> SearchAsync(string? q, int? limit, KnowledgeGraphStore graph, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(q) || q.Length > 500)
        {
            return ProblemResults.Field("q", "Search text of 1 to 500 characters is required.");
        }

        if (limit is < 1 or > MaxResults)
        {
            return ProblemResults.Field("limit", $"Between 1 and {MaxResults}.");
        }

        return TypedResults.Ok(await graph.SearchAsync(q, limit ?? 20, cancellationToken));
    }

    private static async Task<IResult> LinkAsync(Guid id, EntityLinkRequest request, KnowledgeGraphStore graph, CancellationToken cancellationToken)
    {
        if (!EntityLinkRequest.RelationshipTypes.Contains(request.RelationshipType))
        {
            return ProblemResults.Field("relationshipType", $"One of {string.Join(", ", EntityLinkRequest.RelationshipTypes)} (the kinds of edge the knowledge graph holds).");
        }

        if (request.TargetEntityId == id)
        {
            return ProblemResults.Field("targetEntityId", "An entity cannot be related to itself.");
        }

        if (await graph.FindAsync(id, cancellationToken) is null)
        {
            return UnknownEntity(id);
        }

        if (await graph.FindAsync(request.TargetEntityId, cancellationToken) is null)
        {
            return UnknownEntity(request.TargetEntityId, "targetEntityId");
        }

        var (link, created) = await graph.LinkAsync(id, request, cancellationToken);
        return created ? TypedResults.Created($"/api/entities/{id}/neighbourhood", link) : TypedResults.Ok(link);
    }

    private static async Task<IResult> NeighbourhoodAsync(Guid id, int? depth, KnowledgeGraphStore graph, CancellationToken cancellationToken)
    {
        if (depth is < 1 or > 2)
        {
            return ProblemResults.Field("depth", "1 or 2 hops.");
        }

        return await graph.NeighbourhoodAsync(id, depth ?? 2, cancellationToken) is { } neighbourhood ? TypedResults.Ok(neighbourhood) : UnknownEntity(id);
    }
}
