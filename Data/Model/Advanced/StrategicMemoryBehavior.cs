using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WhisperAspire.Data.Schema;

namespace WhisperAspire.Data.Model.Advanced;

/// <summary>Simulated forgetting and recall of a bot's memories of a user (upstream definition).</summary>
public sealed class StrategicMemoryBehavior
{
    public Guid Id { get; set; }
    public required string UserId { get; set; }
    public required string BotName { get; set; }
    public string? ForgettingCurveParams { get; set; }
    public string? HighRetentionMemories { get; set; }
    public string? LowRetentionMemories { get; set; }
    public double? RecallSimulationScore { get; set; }
    public DateTimeOffset ComputedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
}

/// <summary>Maps <c>strategic_memory_behavior</c>, which Scripts/Advanced/070_strategic_analytics.sql creates; migrations leave it alone.</summary>
internal sealed class StrategicMemoryBehaviorConfiguration : IEntityTypeConfiguration<StrategicMemoryBehavior>
{
    public void Configure(EntityTypeBuilder<StrategicMemoryBehavior> builder)
    {
        builder.ToScriptTable("strategic_memory_behavior", SchemaStage.Advanced);
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).HasDefaultValueSql("gen_random_uuid()");
        builder.Property(e => e.ForgettingCurveParams).HasColumnType("jsonb");
        builder.Property(e => e.HighRetentionMemories).HasColumnType("jsonb");
        builder.Property(e => e.LowRetentionMemories).HasColumnType("jsonb");
        builder.Property(e => e.ComputedAt).HasColumnType("timestamp with time zone").HasDefaultValueSql("now()");
        builder.Property(e => e.ExpiresAt).HasColumnType("timestamp with time zone");
    }
}
