using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WhisperAspire.Data.Model.Core;

/// <summary>A memory from a character's backstory.</summary>
public class CharacterMemory
{
    public int Id { get; set; }
    public int? CharacterId { get; set; }
    public Character? Character { get; set; }
    public required string MemoryType { get; set; }

    /// <summary>NOT NULL (production); core_fill_character_memories() takes it from the description when left out.</summary>
    public string? Title { get; set; }
    public required string Description { get; set; }

    /// <summary>Production's 1-10 scale. The seeds' free text that was no number is kept in <see cref="EmotionalImpactText"/>.</summary>
    public int? EmotionalImpact { get; set; }
    public string? EmotionalImpactText { get; set; }
    public string? TimePeriod { get; set; }
    public string? Importance { get; set; }
    public int? ImportanceLevel { get; set; }
    public string[]? Triggers { get; set; }
    public DateTime? CreatedAt { get; set; }
    public DateTime? CreatedDate { get; set; }
}

internal sealed class CharacterMemoryConfiguration : IEntityTypeConfiguration<CharacterMemory>
{
    public void Configure(EntityTypeBuilder<CharacterMemory> builder)
    {
        builder.ToTable("character_memories");
        builder.Property(e => e.MemoryType).HasMaxLength(100);
        builder.Property(e => e.Title).HasMaxLength(500).IsFilledByTrigger();
        builder.Property(e => e.EmotionalImpact).HasDefaultValue(5);
        builder.Property(e => e.EmotionalImpactText).HasMaxLength(100);
        builder.Property(e => e.TimePeriod).HasColumnType("text");
        builder.Property(e => e.Importance).HasMaxLength(100);
        builder.Property(e => e.ImportanceLevel).HasDefaultValue(5);
        builder.Property(e => e.CreatedAt).IsLocalTimestampDefaultNow();
        builder.Property(e => e.CreatedDate).IsLocalTimestamp().HasDefaultValueSql("CURRENT_TIMESTAMP");

        builder.HasIndex(e => new { e.CharacterId, e.EmotionalImpact }, "idx_character_memories_emotional_impact").HasDatabaseName("idx_character_memories_emotional_impact").IsDescending(false, true);
        builder.HasIndex(e => new { e.CharacterId, e.ImportanceLevel }, "idx_character_memories_importance").HasDatabaseName("idx_character_memories_importance").IsDescending(false, true);
        builder.HasIndex(e => new { e.CharacterId, e.Triggers, e.ImportanceLevel }, "idx_character_memories_trigger_importance").HasDatabaseName("idx_character_memories_trigger_importance").HasMethod("gin");
        builder.HasIndex(e => e.Triggers, "idx_character_memories_triggers_gin").HasDatabaseName("idx_character_memories_triggers_gin").HasMethod("gin");
        builder.HasIndex(e => new { e.CharacterId, e.MemoryType }, "idx_character_memories_type").HasDatabaseName("idx_character_memories_type");
        builder.HasOne(e => e.Character).WithMany(c => c.Memories)
            .HasForeignKey(e => e.CharacterId).OnDelete(DeleteBehavior.Cascade);
    }
}
