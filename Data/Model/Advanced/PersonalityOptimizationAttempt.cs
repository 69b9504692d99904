using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WhisperAspire.Data.Schema;

namespace WhisperAspire.Data.Model.Advanced;

/// <summary>One attempt to optimize a character's personality parameters (upstream definition).</summary>
public sealed class PersonalityOptimizationAttempt
{
    public int Id { get; set; }
    public required string OptimizationId { get; set; }
    public required string CharacterName { get; set; }
    public required string OptimizationApproach { get; set; }
    public decimal ExpectedImprovement { get; set; }
    public required string ImplementationComplexity { get; set; }
    public int ParameterCount { get; set; }
    public DateTimeOffset? AttemptTimestamp { get; set; }
}

/// <summary>Maps <c>personality_optimization_attempts</c>, which Scripts/Advanced/020_personality_optimization.sql creates; migrations leave it alone.</summary>
internal sealed class PersonalityOptimizationAttemptConfiguration : IEntityTypeConfiguration<PersonalityOptimizationAttempt>
{
    public void Configure(EntityTypeBuilder<PersonalityOptimizationAttempt> builder)
    {
        builder.ToScriptTable("personality_optimization_attempts", SchemaStage.Advanced);
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).UseIdentityByDefaultColumn();
        builder.Property(e => e.OptimizationId).HasMaxLength(100);
        builder.Property(e => e.CharacterName).HasMaxLength(50);
        builder.Property(e => e.OptimizationApproach).HasMaxLength(20);
        builder.Property(e => e.ExpectedImprovement).HasPrecision(5, 3);
        builder.Property(e => e.ImplementationComplexity).HasMaxLength(10);
        builder.Property(e => e.AttemptTimestamp).HasColumnType("timestamp with time zone").HasDefaultValueSql("CURRENT_TIMESTAMP");
    }
}
