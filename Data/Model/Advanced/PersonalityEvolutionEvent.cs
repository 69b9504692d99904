using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WhisperAspire.Data.Schema;

namespace WhisperAspire.Data.Model.Advanced;

/// <summary>Every change applied to a personality parameter, optimized or manual (upstream definition).</summary>
public sealed class PersonalityEvolutionEvent
{
    public int Id { get; set; }
    public required string CharacterName { get; set; }
    public required string ParameterPath { get; set; }
    public string? OldValue { get; set; }
    public required string NewValue { get; set; }
    public decimal? ChangeMagnitude { get; set; }
    public string? OptimizationId { get; set; }
    public DateTimeOffset? ChangeTimestamp { get; set; }
    public string? ChangeReason { get; set; }
}

/// <summary>Maps <c>personality_evolution_timeline</c>, which Scripts/Advanced/020_personality_optimization.sql creates; migrations leave it alone.</summary>
internal sealed class PersonalityEvolutionEventConfiguration : IEntityTypeConfiguration<PersonalityEvolutionEvent>
{
    public void Configure(EntityTypeBuilder<PersonalityEvolutionEvent> builder)
    {
        builder.ToScriptTable("personality_evolution_timeline", SchemaStage.Advanced);
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).UseIdentityByDefaultColumn();
        builder.Property(e => e.CharacterName).HasMaxLength(50);
        builder.Property(e => e.ParameterPath).HasMaxLength(200);
        builder.Property(e => e.ChangeMagnitude).HasPrecision(5, 3);
        builder.Property(e => e.OptimizationId).HasMaxLength(100);
        builder.Property(e => e.ChangeTimestamp).HasColumnType("timestamp with time zone").HasDefaultValueSql("CURRENT_TIMESTAMP");
        builder.HasOne<PersonalityOptimizationAttempt>().WithMany().HasForeignKey(e => e.OptimizationId).HasPrincipalKey(p => p.OptimizationId).OnDelete(DeleteBehavior.SetNull);
    }
}
