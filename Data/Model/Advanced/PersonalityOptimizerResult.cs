using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WhisperAspire.Data.Schema;

namespace WhisperAspire.Data.Model.Advanced;

/// <summary>Our design: the outcome of one run of a character optimizer configuration.</summary>
public sealed class PersonalityOptimizerResult
{
    public int Id { get; set; }
    public int OptimizerConfigId { get; set; }
    public string? OptimizationId { get; set; }
    public string Status { get; set; } = "running";
    public decimal? ScoreBefore { get; set; }
    public decimal? ScoreAfter { get; set; }
    public string RecommendedChanges { get; set; } = "[]";
    public bool Applied { get; set; }
    public string? Notes { get; set; }
    public DateTime StartedAt { get; set; }
    public DateTime? CompletedAt { get; set; }
    public DateTime? CreatedAt { get; set; }
    public DateTime? UpdatedAt { get; set; }
}

/// <summary>Maps <c>personality_optimizer_results</c>, which Scripts/Advanced/020_personality_optimization.sql creates; migrations leave it alone.</summary>
internal sealed class PersonalityOptimizerResultConfiguration : IEntityTypeConfiguration<PersonalityOptimizerResult>
{
    public void Configure(EntityTypeBuilder<PersonalityOptimizerResult> builder)
    {
        builder.ToScriptTable("personality_optimizer_results", SchemaStage.Advanced);
        builder.HasKey(e => e.Id);
        // Constant column defaults are property initializers, not HasDefaultValueSql: EF would treat an
        // explicit false or 0 as "unset" and let the database default replace it.
        builder.Property(e => e.Id).UseIdentityByDefaultColumn();
        builder.Property(e => e.OptimizationId).HasMaxLength(100);
        builder.Property(e => e.Status).HasMaxLength(20);
        builder.Property(e => e.ScoreBefore).HasPrecision(5, 3);
        builder.Property(e => e.ScoreAfter).HasPrecision(5, 3);
        builder.Property(e => e.RecommendedChanges).HasColumnType("jsonb");
        builder.Property(e => e.StartedAt).HasColumnType("timestamp without time zone").HasDefaultValueSql("now()");
        builder.Property(e => e.CompletedAt).HasColumnType("timestamp without time zone");
        builder.Property(e => e.CreatedAt).HasColumnType("timestamp without time zone").HasDefaultValueSql("now()");
        builder.Property(e => e.UpdatedAt).HasColumnType("timestamp without time zone").HasDefaultValueSql("now()");
        builder.HasOne<CharacterOptimizerConfig>().WithMany().HasForeignKey(e => e.OptimizerConfigId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<PersonalityOptimizationAttempt>().WithMany().HasForeignKey(e => e.OptimizationId).HasPrincipalKey(p => p.OptimizationId).OnDelete(DeleteBehavior.SetNull);
    }
}
