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
    JsonElement? Metadata);

public sealed record EntityView(
    int Id, string EntityName, string EntityType, string? Description, double? Confidence, int MentionCount,
    DateTime? FirstMentioned, DateTime? LastUpdated, JsonElement? Metadata);

public sealed record RankedEntity(int Id, string EntityName, string EntityType, string? Description, int MentionCount, float Rank);

public sealed record EntityLinkRequest(
    [property: Range(1, int.MaxValue)] int TargetEntityId,
    [property: Required, MaxLength(100)] string RelationshipType,
    [property: Range(0.0, 1.0)] double? Strength,
    [property: MaxLength(10_000)] string? Context);

public sealed record UserEntityRequest(
    [property: Range(1, int.MaxValue)] int EntityId,
    [property: Required, MaxLength(100)] string RelationshipType,
    [property: Range(0.0, 1.0)] double? Strength,
    [property: MaxLength(10_000)] string? Context);

public sealed record LinkView(int Id, int SourceEntityId, int TargetEntityId, string RelationshipType, double? Strength, string? Context);

public sealed record UserEntityView(int EntityId, string EntityName, string EntityType, string RelationshipType, double? Strength, string? Context);

/// <summary>An entity reached from the start, and in how many hops (1 or 2), whichever direction the edges point.</summary>
public sealed record NeighbourView(int Id, string EntityName, string EntityType, int Distance);

public sealed record Neighbourhood(EntityView Entity, IReadOnlyList<NeighbourView> Neighbours, IReadOnlyList<LinkView> Links);
