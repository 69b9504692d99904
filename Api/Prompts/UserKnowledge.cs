namespace WhisperAspire.Api.Prompts;

/// <summary>What the database knows about one user with one bot, as the prompt uses it.</summary>
public sealed record UserKnowledge(
    ActiveBan? Ban,
    IReadOnlyList<KnownFact> Facts,
    RelationshipScores? Relationship,
    IReadOnlyList<RecentSummary> Summaries,
    IReadOnlyList<KnownEntity> Entities)
{
    public static readonly UserKnowledge None = new(null, [], null, [], []);
}

public sealed record ActiveBan(string? Reason, DateTime? BannedAt, string? BannedBy);

public sealed record KnownFact(string FactType, string FactValue, double? Confidence);

public sealed record RelationshipScores(double Affection, double Trust, double Attunement, int InteractionCount);

public sealed record RecentSummary(DateOnly ConversationDate, string SummaryText, string? EmotionalTone);

public sealed record KnownEntity(string EntityName, string EntityType, string RelationshipType, double? Strength);
