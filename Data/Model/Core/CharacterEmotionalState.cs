using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WhisperAspire.Data.Model.Core;

/// <summary>
/// Two grains in one table. The seeds': an emotion a character can feel (its baseline, triggers, recovery), one row per
/// character and emotion, with <see cref="UserId"/> NULL. Production's: a character's current emotional state towards
/// one user, one row per character name and user, with <see cref="EmotionName"/> NULL. NULLs are distinct in unique
/// keys, so both keys hold; core_fill_character_emotional_states() links <see cref="CharacterId"/> and
/// <see cref="CharacterName"/> whichever an insert gives.
/// </summary>
public class CharacterEmotionalState
{
    public Guid Id { get; set; }
    public int? CharacterId { get; set; }
    public Character? Character { get; set; }
    public string? CharacterName { get; set; }
    public string? UserId { get; set; }
    public string? EmotionName { get; set; }
    public decimal? BaselineIntensity { get; set; }
    public string? Triggers { get; set; }
    public string? ExpressionPatterns { get; set; }
    public int? RecoveryTimeMinutes { get; set; }
    public double Anger { get; set; }
    public double Anticipation { get; set; }
    public double Disgust { get; set; }
    public double Fear { get; set; }
    public double Joy { get; set; }
    public double Love { get; set; }
    public double Optimism { get; set; }
    public double Pessimism { get; set; }
    public double Sadness { get; set; }
    public double Surprise { get; set; }
    public double Trust { get; set; }
    public double BaselineAnger { get; set; }
    public double BaselineAnticipation { get; set; }
    public double BaselineDisgust { get; set; }
    public double BaselineFear { get; set; }
    public double BaselineJoy { get; set; }
    public double BaselineLove { get; set; }
    public double BaselineOptimism { get; set; }
    public double BaselinePessimism { get; set; }
    public double BaselineSadness { get; set; }
    public double BaselineSurprise { get; set; }
    public double BaselineTrust { get; set; }
    public int TotalInteractions { get; set; }
    public string? RecentEmotionHistory { get; set; }
    public DateTime? LastUpdated { get; set; }
    public DateTime? CreatedAt { get; set; }
}

internal sealed class CharacterEmotionalStateConfiguration : IEntityTypeConfiguration<CharacterEmotionalState>
{
    public void Configure(EntityTypeBuilder<CharacterEmotionalState> builder)
    {
        builder.ToTable("character_emotional_states");
        // Production's uuid key; the seeds' integer ids were converted by the migration that changed the type.
        builder.Property(e => e.Id).HasDefaultValueSql("gen_random_uuid()");
        builder.Property(e => e.CharacterName).HasMaxLength(100).IsFilledByTrigger();
        builder.Property(e => e.UserId).HasMaxLength(255);
        builder.Property(e => e.EmotionName).HasMaxLength(100);
        builder.Property(e => e.BaselineIntensity).HasPrecision(3, 2).HasDefaultValue(0.5m);
        builder.Property(e => e.Anger).HasDefaultValue(0.1);
        builder.Property(e => e.BaselineAnger).HasDefaultValue(0.1);
        builder.Property(e => e.Anticipation).HasDefaultValue(0.4);
        builder.Property(e => e.BaselineAnticipation).HasDefaultValue(0.4);
        builder.Property(e => e.Disgust).HasDefaultValue(0.05);
        builder.Property(e => e.BaselineDisgust).HasDefaultValue(0.05);
        builder.Property(e => e.Fear).HasDefaultValue(0.15);
        builder.Property(e => e.BaselineFear).HasDefaultValue(0.15);
        builder.Property(e => e.Joy).HasDefaultValue(0.7);
        builder.Property(e => e.BaselineJoy).HasDefaultValue(0.7);
        builder.Property(e => e.Love).HasDefaultValue(0.6);
        builder.Property(e => e.BaselineLove).HasDefaultValue(0.6);
        builder.Property(e => e.Optimism).HasDefaultValue(0.65);
        builder.Property(e => e.BaselineOptimism).HasDefaultValue(0.65);
        builder.Property(e => e.Pessimism).HasDefaultValue(0.2);
        builder.Property(e => e.BaselinePessimism).HasDefaultValue(0.2);
        builder.Property(e => e.Sadness).HasDefaultValue(0.15);
        builder.Property(e => e.BaselineSadness).HasDefaultValue(0.15);
        builder.Property(e => e.Surprise).HasDefaultValue(0.25);
        builder.Property(e => e.BaselineSurprise).HasDefaultValue(0.25);
        builder.Property(e => e.Trust).HasDefaultValue(0.7);
        builder.Property(e => e.BaselineTrust).HasDefaultValue(0.7);
        builder.Property(e => e.TotalInteractions).HasDefaultValue(0);
        builder.Property(e => e.RecentEmotionHistory).HasColumnType("json").IsRequired().HasDefaultValueSql("'[]'::json");
        builder.Property(e => e.LastUpdated).HasColumnType("timestamp with time zone").IsRequired().HasDefaultValueSql("now()");
        builder.Property(e => e.CreatedAt).HasColumnType("timestamp with time zone").IsRequired().HasDefaultValueSql("now()");

        builder.HasIndex(e => new { e.CharacterId, e.EmotionName }).IsUnique()
            .HasDatabaseName("character_emotional_states_character_id_emotion_name_key");
        builder.HasIndex(e => e.CharacterId).HasDatabaseName("idx_character_emotional_states_character");
        builder.HasIndex(e => new { e.CharacterName, e.UserId }, "idx_char_emotional_states_char_user").HasDatabaseName("idx_char_emotional_states_char_user").IsUnique();
        builder.HasIndex(e => e.CharacterName, "idx_char_emotional_states_character").HasDatabaseName("idx_char_emotional_states_character");
        builder.HasIndex(e => e.LastUpdated, "idx_char_emotional_states_last_updated").HasDatabaseName("idx_char_emotional_states_last_updated");
        builder.HasIndex(e => e.UserId, "idx_char_emotional_states_user").HasDatabaseName("idx_char_emotional_states_user");
        builder.HasOne(e => e.Character).WithMany(c => c.EmotionalStates)
            .HasForeignKey(e => e.CharacterId).OnDelete(DeleteBehavior.Cascade);
    }
}
