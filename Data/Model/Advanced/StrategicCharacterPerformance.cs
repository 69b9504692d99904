using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WhisperAspire.Data.Schema;

namespace WhisperAspire.Data.Model.Advanced;

/// <summary>Quality scores of a bot over a time window (upstream definition).</summary>
public sealed class StrategicCharacterPerformance
{
    public Guid Id { get; set; }
    public required string BotName { get; set; }
    public int TimeWindowHours { get; set; } = 168;
    public double? EngagementScoreAvg { get; set; }
    public double? SatisfactionScoreAvg { get; set; }
    public double? CoherenceScoreAvg { get; set; }
    public double? PersonalityConsistencyIndex { get; set; }
    public string? QualityTrend { get; set; }
    public string? RecentAnomalies { get; set; }
    public DateTimeOffset ComputedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
}

/// <summary>Maps <c>strategic_character_performance</c>, which Scripts/Advanced/070_strategic_analytics.sql creates; migrations leave it alone.</summary>
internal sealed class StrategicCharacterPerformanceConfiguration : IEntityTypeConfiguration<StrategicCharacterPerformance>
{
    public void Configure(EntityTypeBuilder<StrategicCharacterPerformance> builder)
    {
        builder.ToScriptTable("strategic_character_performance", SchemaStage.Advanced);
        builder.HasKey(e => e.Id);
        // Constant column defaults are property initializers, not HasDefaultValueSql: EF would treat an
        // explicit false or 0 as "unset" and let the database default replace it.
        builder.Property(e => e.Id).HasDefaultValueSql("gen_random_uuid()");
        builder.Property(e => e.RecentAnomalies).HasColumnType("jsonb");
        builder.Property(e => e.ComputedAt).HasColumnType("timestamp with time zone").HasDefaultValueSql("now()");
        builder.Property(e => e.ExpiresAt).HasColumnType("timestamp with time zone");
    }
}
