using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WhisperAspire.Data.Schema;

namespace WhisperAspire.Data.Model.Advanced;

/// <summary>Progress of rebuilding trust after it dropped (upstream definition).</summary>
public sealed class TrustRecoveryState
{
    public required string UserId { get; set; }
    public required string BotName { get; set; }
    public required string RecoveryStage { get; set; }
    public decimal InitialTrust { get; set; }
    public decimal CurrentTrust { get; set; }
    public decimal TargetTrust { get; set; }
    public decimal ProgressPercentage { get; set; }
    public string[]? RecoveryActionsTaken { get; set; }
    public DateTime StartedAt { get; set; }
    public DateTime LastUpdated { get; set; }
    public DateTime? EstimatedCompletion { get; set; }
}

/// <summary>Maps <c>trust_recovery_state</c>, which Scripts/Advanced/040_identity_and_memory.sql creates; migrations leave it alone.</summary>
internal sealed class TrustRecoveryStateConfiguration : IEntityTypeConfiguration<TrustRecoveryState>
{
    public void Configure(EntityTypeBuilder<TrustRecoveryState> builder)
    {
        builder.ToScriptTable("trust_recovery_state", SchemaStage.Advanced);
        builder.HasKey(e => new { e.UserId, e.BotName, e.StartedAt });
        builder.Property(e => e.UserId).HasMaxLength(255);
        builder.Property(e => e.BotName).HasMaxLength(100);
        builder.Property(e => e.RecoveryStage).HasMaxLength(20);
        builder.Property(e => e.InitialTrust).HasPrecision(5, 4);
        builder.Property(e => e.CurrentTrust).HasPrecision(5, 4);
        builder.Property(e => e.TargetTrust).HasPrecision(5, 4);
        builder.Property(e => e.ProgressPercentage).HasPrecision(5, 2);
        builder.Property(e => e.StartedAt).HasColumnType("timestamp without time zone");
        builder.Property(e => e.LastUpdated).HasColumnType("timestamp without time zone").HasDefaultValueSql("now()");
        builder.Property(e => e.EstimatedCompletion).HasColumnType("timestamp without time zone");
        builder.HasOne<RelationshipScore>().WithMany().HasForeignKey(e => new { e.UserId, e.BotName }).OnDelete(DeleteBehavior.Cascade);
    }
}
