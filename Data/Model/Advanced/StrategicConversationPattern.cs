using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WhisperAspire.Data.Schema;

namespace WhisperAspire.Data.Model.Advanced;

/// <summary>Topic flow and switching habits of a user with a bot (upstream definition).</summary>
public sealed class StrategicConversationPattern
{
    public Guid Id { get; set; }
    public required string UserId { get; set; }
    public required string BotName { get; set; }
    public string? RecentTopics { get; set; }
    public double? AvgTopicDurationMinutes { get; set; }
    public double? ContextSwitchFrequency { get; set; }
    public double? PredictedSwitchLikelihood { get; set; }
    public string? TopicTransitionGraph { get; set; }
    public DateTimeOffset ComputedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
}

/// <summary>Maps <c>strategic_conversation_patterns</c>, which Scripts/Advanced/070_strategic_analytics.sql creates; migrations leave it alone.</summary>
internal sealed class StrategicConversationPatternConfiguration : IEntityTypeConfiguration<StrategicConversationPattern>
{
    public void Configure(EntityTypeBuilder<StrategicConversationPattern> builder)
    {
        builder.ToScriptTable("strategic_conversation_patterns", SchemaStage.Advanced);
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).HasDefaultValueSql("gen_random_uuid()");
        builder.Property(e => e.RecentTopics).HasColumnType("jsonb");
        builder.Property(e => e.TopicTransitionGraph).HasColumnType("jsonb");
        builder.Property(e => e.ComputedAt).HasColumnType("timestamp with time zone").HasDefaultValueSql("now()");
        builder.Property(e => e.ExpiresAt).HasColumnType("timestamp with time zone");
    }
}
