using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WhisperAspire.Data.Schema;

namespace WhisperAspire.Data.Model.Advanced;

/// <summary>When and on what a bot may proactively engage a user (upstream definition).</summary>
public sealed class StrategicEngagementOpportunity
{
    public Guid Id { get; set; }
    public required string UserId { get; set; }
    public required string BotName { get; set; }
    public double? OptimalTimingHours { get; set; }
    public double? ReceptivityScore { get; set; }
    public string? SuggestedTopics { get; set; }
    public double? LastEngagementGapHours { get; set; }
    public double? ProactiveSuccessRate { get; set; }
    public DateTimeOffset ComputedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
}

/// <summary>Maps <c>strategic_engagement_opportunities</c>, which Scripts/Advanced/070_strategic_analytics.sql creates; migrations leave it alone.</summary>
internal sealed class StrategicEngagementOpportunityConfiguration : IEntityTypeConfiguration<StrategicEngagementOpportunity>
{
    public void Configure(EntityTypeBuilder<StrategicEngagementOpportunity> builder)
    {
        builder.ToScriptTable("strategic_engagement_opportunities", SchemaStage.Advanced);
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).HasDefaultValueSql("gen_random_uuid()");
        builder.Property(e => e.SuggestedTopics).HasColumnType("jsonb");
        builder.Property(e => e.ComputedAt).HasColumnType("timestamp with time zone").HasDefaultValueSql("now()");
        builder.Property(e => e.ExpiresAt).HasColumnType("timestamp with time zone");
    }
}
