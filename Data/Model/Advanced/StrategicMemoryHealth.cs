using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WhisperAspire.Data.Schema;

namespace WhisperAspire.Data.Model.Advanced;

/// <summary>Age and retrieval health of a bot's memories of a user (upstream definition).</summary>
public sealed class StrategicMemoryHealth
{
    public Guid Id { get; set; }
    public required string UserId { get; set; }
    public required string BotName { get; set; }
    public required string MemorySnapshot { get; set; }
    public double? AvgMemoryAgeHours { get; set; }
    public string? RetrievalFrequencyTrend { get; set; }
    public string? ForgettingRiskMemories { get; set; }
    public DateTimeOffset ComputedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
}

/// <summary>Maps <c>strategic_memory_health</c>, which Scripts/Advanced/070_strategic_analytics.sql creates; migrations leave it alone.</summary>
internal sealed class StrategicMemoryHealthConfiguration : IEntityTypeConfiguration<StrategicMemoryHealth>
{
    public void Configure(EntityTypeBuilder<StrategicMemoryHealth> builder)
    {
        builder.ToScriptTable("strategic_memory_health", SchemaStage.Advanced);
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).HasDefaultValueSql("gen_random_uuid()");
        builder.Property(e => e.MemorySnapshot).HasColumnType("jsonb");
        builder.Property(e => e.ForgettingRiskMemories).HasColumnType("jsonb");
        builder.Property(e => e.ComputedAt).HasColumnType("timestamp with time zone").HasDefaultValueSql("now()");
        builder.Property(e => e.ExpiresAt).HasColumnType("timestamp with time zone");
    }
}
