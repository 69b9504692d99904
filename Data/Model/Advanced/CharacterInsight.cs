using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WhisperAspire.Data.Schema;

namespace WhisperAspire.Data.Model.Advanced;

/// <summary>Self-knowledge a character discovers in conversation (upstream definition).</summary>
public sealed class CharacterInsight
{
    public int Id { get; set; }
    public int CharacterId { get; set; }
    public required string InsightType { get; set; }
    public required string InsightContent { get; set; }
    public double ConfidenceScore { get; set; }
    public DateTimeOffset DiscoveryDate { get; set; }
    public string? ConversationContext { get; set; }
    public int ImportanceLevel { get; set; } = 5;
    public double? EmotionalValence { get; set; }
    public string[]? Triggers { get; set; }
    public string[]? SupportingEvidence { get; set; }
}

/// <summary>Maps <c>character_insights</c>, which Scripts/Advanced/010_character_intelligence.sql creates; migrations leave it alone.</summary>
internal sealed class CharacterInsightConfiguration : IEntityTypeConfiguration<CharacterInsight>
{
    public void Configure(EntityTypeBuilder<CharacterInsight> builder)
    {
        builder.ToScriptTable("character_insights", SchemaStage.Advanced);
        builder.HasKey(e => e.Id);
        // Constant column defaults are property initializers, not HasDefaultValueSql: EF would treat an
        // explicit false or 0 as "unset" and let the database default replace it.
        builder.Property(e => e.Id).UseIdentityByDefaultColumn();
        builder.Property(e => e.InsightType).HasMaxLength(50);
        builder.Property(e => e.DiscoveryDate).HasColumnType("timestamp with time zone").HasDefaultValueSql("CURRENT_TIMESTAMP");
    }
}
