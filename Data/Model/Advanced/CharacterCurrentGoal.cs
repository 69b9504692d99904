using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WhisperAspire.Data.Model.Core;
using WhisperAspire.Data.Schema;

namespace WhisperAspire.Data.Model.Advanced;

/// <summary>Goals a character is pursuing in its own life right now (upstream definition).</summary>
public sealed class CharacterCurrentGoal
{
    public int Id { get; set; }
    public int CharacterId { get; set; }
    public required string GoalText { get; set; }
    public string? Priority { get; set; }
    public string? Timeframe { get; set; }
    public string? Status { get; set; }
    public int? DisplayOrder { get; set; }
    public DateTime? CreatedAt { get; set; }
}

/// <summary>Maps <c>character_current_goals</c>, which Scripts/Advanced/010_character_intelligence.sql creates; migrations leave it alone.</summary>
internal sealed class CharacterCurrentGoalConfiguration : IEntityTypeConfiguration<CharacterCurrentGoal>
{
    public void Configure(EntityTypeBuilder<CharacterCurrentGoal> builder)
    {
        builder.ToScriptTable("character_current_goals", SchemaStage.Advanced);
        builder.HasOne<Character>().WithMany(c => c.CurrentGoals).HasForeignKey(e => e.CharacterId).OnDelete(DeleteBehavior.Cascade);
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).UseIdentityByDefaultColumn();
        builder.Property(e => e.Priority).HasMaxLength(100);
        builder.Property(e => e.Timeframe).HasMaxLength(200);
        builder.Property(e => e.Status).HasMaxLength(100);
        builder.Property(e => e.CreatedAt).HasColumnType("timestamp without time zone").HasDefaultValueSql("CURRENT_TIMESTAMP");
    }
}
