using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WhisperAspire.Data.Schema;

namespace WhisperAspire.Data.Model.Advanced;

/// <summary>A bot's own assessment of one of its interactions (upstream definition).</summary>
public sealed class BotSelfReflection
{
    public Guid Id { get; set; }
    public required string BotName { get; set; }
    public Guid? InteractionId { get; set; }
    public string? UserId { get; set; }
    public Guid? ConversationId { get; set; }
    public double? EffectivenessScore { get; set; }
    public double? AuthenticityScore { get; set; }
    public double? EmotionalResonance { get; set; }
    public required string LearningInsight { get; set; }
    public string? ImprovementSuggestion { get; set; }
    public string? InteractionContext { get; set; }
    public string? BotResponsePreview { get; set; }
    public string? TriggerType { get; set; }
    public string? ReflectionCategory { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>Maps <c>bot_self_reflections</c>, which Scripts/Advanced/070_strategic_analytics.sql creates; migrations leave it alone.</summary>
internal sealed class BotSelfReflectionConfiguration : IEntityTypeConfiguration<BotSelfReflection>
{
    public void Configure(EntityTypeBuilder<BotSelfReflection> builder)
    {
        builder.ToScriptTable("bot_self_reflections", SchemaStage.Advanced);
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).HasDefaultValueSql("gen_random_uuid()");
        builder.Property(e => e.BotName).HasMaxLength(100);
        builder.Property(e => e.UserId).HasMaxLength(255);
        builder.Property(e => e.TriggerType).HasMaxLength(50);
        builder.Property(e => e.ReflectionCategory).HasMaxLength(100);
        builder.Property(e => e.CreatedAt).HasColumnType("timestamp with time zone").HasDefaultValueSql("now()");
    }
}
