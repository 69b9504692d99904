using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WhisperAspire.Data.Model.Core;

/// <summary>Something a character learned, when, from where, and how firmly it is remembered.</summary>
public class CharacterLearningTimelineEntry
{
    public int Id { get; set; }
    public int CharacterId { get; set; }
    public Character Character { get; set; } = null!;
    public required string LearningEvent { get; set; }
    public DateTime? EventTimestamp { get; set; }
    public string? LearningSource { get; set; }
    public string? KnowledgeGained { get; set; }
    public decimal? ConfidenceChange { get; set; }
    public decimal? MemoryStrength { get; set; }
    public DateTime? CreatedAt { get; set; }

    // Production's columns; learning_type is NOT NULL there and filled by core_fill_character_learning_timeline() when left out.
    public string? LearningType { get; set; }
    public string? BeforeState { get; set; }
    public string? AfterState { get; set; }
    public string? TriggerConversation { get; set; }
    public DateTime? LearningDate { get; set; }
    public double? SignificanceScore { get; set; }
}

internal sealed class CharacterLearningTimelineEntryConfiguration
    : IEntityTypeConfiguration<CharacterLearningTimelineEntry>
{
    public void Configure(EntityTypeBuilder<CharacterLearningTimelineEntry> builder)
    {
        builder.ToTable("character_learning_timeline");
        builder.Property(e => e.EventTimestamp).IsLocalTimestampDefaultNow();
        builder.Property(e => e.LearningSource).HasMaxLength(100);
        builder.Property(e => e.ConfidenceChange).HasPrecision(3, 2);
        builder.Property(e => e.MemoryStrength).HasPrecision(3, 2).HasDefaultValue(1.0m);
        builder.Property(e => e.CreatedAt).IsLocalTimestampDefaultNow();
        builder.Property(e => e.LearningType).HasMaxLength(50).IsFilledByTrigger();
        builder.Property(e => e.LearningDate).HasColumnType("timestamp with time zone").IsRequired().HasDefaultValueSql("CURRENT_TIMESTAMP");

        builder.HasIndex(e => e.CharacterId).HasDatabaseName("idx_character_learning_timeline_character");
        builder.HasIndex(e => e.CharacterId, "idx_char_learning_timeline_character_id").HasDatabaseName("idx_char_learning_timeline_character_id");
        builder.HasIndex(e => e.LearningDate, "idx_char_learning_timeline_learning_date").HasDatabaseName("idx_char_learning_timeline_learning_date");
        builder.HasIndex(e => e.LearningType, "idx_char_learning_timeline_learning_type").HasDatabaseName("idx_char_learning_timeline_learning_type");
        builder.HasIndex(e => e.SignificanceScore, "idx_char_learning_timeline_significance").HasDatabaseName("idx_char_learning_timeline_significance");
        builder.HasOne(e => e.Character).WithMany(c => c.LearningTimeline)
            .HasForeignKey(e => e.CharacterId).OnDelete(DeleteBehavior.Cascade);
    }
}
