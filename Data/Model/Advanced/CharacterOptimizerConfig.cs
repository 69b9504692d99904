using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WhisperAspire.Data.Schema;

namespace WhisperAspire.Data.Model.Advanced;

/// <summary>Our design: how the personality optimizer may tune one character: approach, parameters in scope (JSON paths), limits, evaluation window.</summary>
public sealed class CharacterOptimizerConfig
{
    public int Id { get; set; }
    public int CharacterId { get; set; }
    public required string OptimizerName { get; set; }
    public string OptimizationApproach { get; set; } = "conservative";
    public string TargetParameters { get; set; } = "[]";
    public string Constraints { get; set; } = "{}";
    public int EvaluationWindowHours { get; set; } = 168;
    public decimal? MinConfidence { get; set; }
    public bool? IsActive { get; set; }
    public DateTime? CreatedAt { get; set; }
    public DateTime? UpdatedAt { get; set; }
}

/// <summary>Maps <c>character_optimizer_configs</c>, which Scripts/Advanced/020_personality_optimization.sql creates; migrations leave it alone.</summary>
internal sealed class CharacterOptimizerConfigConfiguration : IEntityTypeConfiguration<CharacterOptimizerConfig>
{
    public void Configure(EntityTypeBuilder<CharacterOptimizerConfig> builder)
    {
        builder.ToScriptTable("character_optimizer_configs", SchemaStage.Advanced);
        builder.HasKey(e => e.Id);
        // Constant column defaults are property initializers, not HasDefaultValueSql: EF would treat an
        // explicit false or 0 as "unset" and let the database default replace it.
        builder.Property(e => e.Id).UseIdentityByDefaultColumn();
        builder.Property(e => e.OptimizerName).HasMaxLength(100);
        builder.Property(e => e.OptimizationApproach).HasMaxLength(20);
        builder.Property(e => e.TargetParameters).HasColumnType("jsonb");
        builder.Property(e => e.Constraints).HasColumnType("jsonb");
        builder.Property(e => e.MinConfidence).HasPrecision(3, 2).HasDefaultValueSql("0.70");
        builder.Property(e => e.IsActive).HasDefaultValueSql("true");
        builder.Property(e => e.CreatedAt).HasColumnType("timestamp without time zone").HasDefaultValueSql("now()");
        builder.Property(e => e.UpdatedAt).HasColumnType("timestamp without time zone").HasDefaultValueSql("now()");
    }
}
