using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WhisperAspire.Data.Schema;

namespace WhisperAspire.Data.Model.Advanced;

/// <summary>The ordered parameter changes an optimization attempt proposes (upstream definition).</summary>
public sealed class PersonalityParameterAdjustment
{
    public int Id { get; set; }
    public required string OptimizationId { get; set; }
    public int AdjustmentOrder { get; set; }
    public required string ParameterPath { get; set; }
    public required string CurrentValue { get; set; }
    public required string TargetValue { get; set; }
    public required string AdjustmentReason { get; set; }
    public decimal ExpectedImprovement { get; set; }
    public required string RiskLevel { get; set; }
    public DateTimeOffset? CreatedAt { get; set; }
}

/// <summary>Maps <c>personality_parameter_adjustments</c>, which Scripts/Advanced/020_personality_optimization.sql creates; migrations leave it alone.</summary>
internal sealed class PersonalityParameterAdjustmentConfiguration : IEntityTypeConfiguration<PersonalityParameterAdjustment>
{
    public void Configure(EntityTypeBuilder<PersonalityParameterAdjustment> builder)
    {
        builder.ToScriptTable("personality_parameter_adjustments", SchemaStage.Advanced);
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).UseIdentityByDefaultColumn();
        builder.Property(e => e.OptimizationId).HasMaxLength(100);
        builder.Property(e => e.ParameterPath).HasMaxLength(200);
        builder.Property(e => e.ExpectedImprovement).HasPrecision(5, 3);
        builder.Property(e => e.RiskLevel).HasMaxLength(10);
        builder.Property(e => e.CreatedAt).HasColumnType("timestamp with time zone").HasDefaultValueSql("CURRENT_TIMESTAMP");
        builder.HasOne<PersonalityOptimizationAttempt>().WithMany().HasForeignKey(e => e.OptimizationId).HasPrincipalKey(p => p.OptimizationId).OnDelete(DeleteBehavior.Cascade);
    }
}
