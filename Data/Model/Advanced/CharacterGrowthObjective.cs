using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WhisperAspire.Data.Model.Core;
using WhisperAspire.Data.Schema;

namespace WhisperAspire.Data.Model.Advanced;

/// <summary>Our design: measurable development goals for a character, with progress and status.</summary>
public sealed class CharacterGrowthObjective
{
    public int Id { get; set; }
    public int CharacterId { get; set; }
    public required string ObjectiveName { get; set; }
    public string? Description { get; set; }
    public string? TargetMetric { get; set; }
    public decimal? TargetValue { get; set; }
    public decimal ProgressPercentage { get; set; }
    public string Status { get; set; } = "active";
    public int? Priority { get; set; }
    public DateOnly? TargetDate { get; set; }
    public DateTime? AchievedAt { get; set; }
    public DateTime? CreatedAt { get; set; }
    public DateTime? UpdatedAt { get; set; }
}

/// <summary>Maps <c>character_growth_objectives</c>, which Scripts/Advanced/010_character_intelligence.sql creates; migrations leave it alone.</summary>
internal sealed class CharacterGrowthObjectiveConfiguration : IEntityTypeConfiguration<CharacterGrowthObjective>
{
    public void Configure(EntityTypeBuilder<CharacterGrowthObjective> builder)
    {
        builder.ToScriptTable("character_growth_objectives", SchemaStage.Advanced);
        builder.HasOne<Character>().WithMany(c => c.GrowthObjectives).HasForeignKey(e => e.CharacterId).OnDelete(DeleteBehavior.Cascade);
        builder.HasKey(e => e.Id);
        // Constant column defaults are property initializers, not HasDefaultValueSql: EF would treat an
        // explicit false or 0 as "unset" and let the database default replace it.
        builder.Property(e => e.Id).UseIdentityByDefaultColumn();
        builder.Property(e => e.ObjectiveName).HasMaxLength(200);
        builder.Property(e => e.TargetMetric).HasMaxLength(100);
        builder.Property(e => e.TargetValue).HasPrecision(5, 2);
        builder.Property(e => e.ProgressPercentage).HasPrecision(5, 2);
        builder.Property(e => e.Status).HasMaxLength(20);
        builder.Property(e => e.Priority).HasDefaultValueSql("5");
        builder.Property(e => e.AchievedAt).HasColumnType("timestamp without time zone");
        builder.Property(e => e.CreatedAt).HasColumnType("timestamp without time zone").HasDefaultValueSql("now()");
        builder.Property(e => e.UpdatedAt).HasColumnType("timestamp without time zone").HasDefaultValueSql("now()");
    }
}
