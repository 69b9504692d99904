using System.ComponentModel.DataAnnotations;
using System.Text.Json;

namespace WhisperAspire.Api.Knowledge;

public sealed record FactRequest(
    [property: Required, MaxLength(100)] string FactType,
    [property: Required, MaxLength(10_000)] string FactValue,
    [property: Range(0.0, 1.0)] double? Confidence,
    [property: MaxLength(50)] string? Source);

public sealed record FactView(int Id, string FactType, string FactValue, double? Confidence, string? Source, DateTime? CreatedAt);

public sealed record SummaryRequest(
    DateOnly ConversationDate,
    [property: Required, MaxLength(20_000)] string SummaryText,
    [property: MaxLength(2_000)] string? KeyTopics,
    [property: MaxLength(100)] string? EmotionalTone,
    [property: Range(0.0, 1.0)] decimal? InteractionQuality);

public sealed record SummaryView(int Id, DateOnly ConversationDate, string SummaryText, string? KeyTopics, string? EmotionalTone, decimal? InteractionQuality);

public sealed record EntityRequest(
    [property: Required, MaxLength(255)] string EntityName,
    [property: Required, MaxLength(100)] string EntityType,
    [property: MaxLength(10_000)] string? Description,
    [property: Range(0.0, 1.0)] double? Confidence,
    JsonElement? Metadata,
    [property: MaxLength(255)] string? Category = null,
    [property: MaxLength(255)] string? Subcategory = null);

public sealed record EntityView(
    Guid Id, string EntityName, string EntityType, string? Description, double? Confidence, int MentionCount,
    DateTime? FirstMentioned, DateTime? LastUpdated, JsonElement? Metadata, string? Category, string? Subcategory);

public sealed record RankedEntity(Guid Id, string EntityName, string EntityType, string? Description, int MentionCount, float Rank);

/// <summary>An edge between two entities; production allows only <see cref="RelationshipTypes"/> and one edge per type and direction.</summary>
public sealed record EntityLinkRequest(
    Guid TargetEntityId,
    [property: Required, MaxLength(50)] string RelationshipType,
    [property: Range(0.0, 1.0)] double? Strength,
    [property: MaxLength(10_000)] string? Context,
    bool? Bidirectional = null)
{
    /// <summary>entity_relationships_relationship_type_check, production's list.</summary>
    public static readonly IReadOnlyList<string> RelationshipTypes = ["similar_to", "part_of", "category_of", "related_to", "opposite_of", "requires"];
}

/// <summary>A user's edge to an entity; production keeps one per user, entity and type (whichever bot saw it) and types of 1 to 50 characters.</summary>
public sealed record UserEntityRequest(
    Guid EntityId,
    [property: Required, MaxLength(50)] string RelationshipType,
    [property: Range(0.0, 1.0)] double? Strength,
    [property: MaxLength(10_000)] string? Context,
    [property: Range(0.0, 1.0)] double? Confidence = null,
    [property: MaxLength(1_000)] string? EmotionalContext = null);

public sealed record LinkView(Guid Id, Guid SourceEntityId, Guid TargetEntityId, string RelationshipType, double? Strength, string? Context, bool? Bidirectional);

public sealed record UserEntityView(
    Guid EntityId, string EntityName, string EntityType, string RelationshipType, double? Strength, string? Context,
    double? Confidence, string? EmotionalContext, string? MentionedBy);

/// <summary>An entity reached from the start, and in how many hops (1 or 2), whichever direction the edges point.</summary>
public sealed record NeighbourView(Guid Id, string EntityName, string EntityType, int Distance);

public sealed record Neighbourhood(EntityView Entity, IReadOnlyList<NeighbourView> Neighbours, IReadOnlyList<LinkView> Links);
