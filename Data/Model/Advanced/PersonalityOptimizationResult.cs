using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WhisperAspire.Data.Schema;

namespace WhisperAspire.Data.Model.Advanced;

/// <summary>The measured outcome of one optimization attempt (upstream definition).</summary>
public sealed class PersonalityOptimizationResult
{
    public int Id { get; set; }
    public required string OptimizationId { get; set; }
    public required string CharacterName { get; set; }
    public bool Success { get; set; }
    public decimal? PerformanceBefore { get; set; }
    public decimal? PerformanceAfter { get; set; }
    public decimal? ActualImprovement { get; set; }
    public bool RollbackApplied { get; set; }
    public string? IssuesEncountered { get; set; }
    public DateTimeOffset? CompletionTimestamp { get; set; }
}

/// <summary>Maps <c>personality_optimization_results</c>, which Scripts/Advanced/020_personality_optimization.sql creates; migrations leave it alone.</summary>
internal sealed class PersonalityOptimizationResultConfiguration : IEntityTypeConfiguration<PersonalityOptimizationResult>
{
    public void Configure(EntityTypeBuilder<PersonalityOptimizationResult> builder)
    {
        builder.ToScriptTable("personality_optimization_results", SchemaStage.Advanced);
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).UseIdentityByDefaultColumn();
        builder.Property(e => e.OptimizationId).HasMaxLength(100);
        builder.Property(e => e.CharacterName).HasMaxLength(50);
        builder.Property(e => e.PerformanceBefore).HasPrecision(5, 3);
        builder.Property(e => e.PerformanceAfter).HasPrecision(5, 3);
        builder.Property(e => e.ActualImprovement).HasPrecision(6, 3);
        builder.Property(e => e.IssuesEncountered).HasColumnType("jsonb").HasDefaultValueSql("'[]'::jsonb");
        builder.Property(e => e.CompletionTimestamp).HasColumnType("timestamp with time zone").HasDefaultValueSql("CURRENT_TIMESTAMP");
        builder.HasOne<PersonalityOptimizationAttempt>().WithOne().HasForeignKey<PersonalityOptimizationResult>(e => e.OptimizationId).HasPrincipalKey<PersonalityOptimizationAttempt>(p => p.OptimizationId).OnDelete(DeleteBehavior.Cascade);
    }
}
