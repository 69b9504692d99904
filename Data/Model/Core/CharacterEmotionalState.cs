using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WhisperAspire.Data.Model.Core;

/// <summary>An emotion a character can feel: its baseline, what triggers it and how long it lasts.</summary>
public class CharacterEmotionalState
{
    public int Id { get; set; }
    public int CharacterId { get; set; }
    public Character Character { get; set; } = null!;
    public required string EmotionName { get; set; }
    public decimal? BaselineIntensity { get; set; }
    public string? Triggers { get; set; }
    public string? ExpressionPatterns { get; set; }
    public int? RecoveryTimeMinutes { get; set; }
    public DateTime? CreatedAt { get; set; }
}

internal sealed class CharacterEmotionalStateConfiguration : IEntityTypeConfiguration<CharacterEmotionalState>
{
    public void Configure(EntityTypeBuilder<CharacterEmotionalState> builder)
    {
        builder.ToTable("character_emotional_states");
        builder.Property(e => e.EmotionName).HasMaxLength(100);
        builder.Property(e => e.BaselineIntensity).HasPrecision(3, 2).HasDefaultValue(0.5m);
        builder.Property(e => e.CreatedAt).IsLocalTimestampDefaultNow();

        builder.HasIndex(e => new { e.CharacterId, e.EmotionName }).IsUnique()
            .HasDatabaseName("character_emotional_states_character_id_emotion_name_key");
        builder.HasIndex(e => e.CharacterId).HasDatabaseName("idx_character_emotional_states_character");
        builder.HasOne(e => e.Character).WithMany(c => c.EmotionalStates)
            .HasForeignKey(e => e.CharacterId).OnDelete(DeleteBehavior.Cascade);
    }
}
