using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WhisperAspire.Data.Model.Core;

/// <summary>
/// A conversation between one user and one bot, summarised: by day (the seeds' <see cref="ConversationDate"/>) or over
/// a time window (production's timestamps); core_fill_conversation_summaries() derives each side from the other.
/// </summary>
public class ConversationSummary
{
    public int Id { get; set; }
    public required string UserId { get; set; }
    public required string BotName { get; set; }
    public DateOnly ConversationDate { get; set; }
    public required string SummaryText { get; set; }
    public string[]? KeyTopics { get; set; }
    public string? EmotionalTone { get; set; }
    public decimal? InteractionQuality { get; set; }
    public DateTime? CreatedAt { get; set; }
    public DateTime? UpdatedAt { get; set; }
    public string? SummaryType { get; set; }
    public DateTime? StartTimestamp { get; set; }
    public DateTime? EndTimestamp { get; set; }
    public int? MessageCount { get; set; }
    public double? CompressionRatio { get; set; }
    public double? ConfidenceScore { get; set; }
    public string? EnrichmentVersion { get; set; }
}

internal sealed class ConversationSummaryConfiguration : IEntityTypeConfiguration<ConversationSummary>
{
    public void Configure(EntityTypeBuilder<ConversationSummary> builder)
    {
        builder.ToTable("conversation_summaries");
        builder.Property(e => e.UserId).HasMaxLength(255);
        builder.Property(e => e.BotName).HasMaxLength(100);
        builder.Property(e => e.EmotionalTone).HasMaxLength(100);
        builder.Property(e => e.InteractionQuality).HasPrecision(3, 2);
        builder.Property(e => e.CreatedAt).IsLocalTimestampDefaultNow().IsRequired();
        builder.Property(e => e.UpdatedAt).IsLocalTimestampDefaultNow().IsRequired();
        // Production's array; the seeds' free text converted by splitting on commas (a type decision in docs/schema.md).
        builder.Property(e => e.KeyTopics).HasColumnType("character varying[]");
        builder.Property(e => e.SummaryType).HasMaxLength(50).IsRequired().HasDefaultValueSql("'time_window'::character varying");
        builder.Property(e => e.StartTimestamp).IsLocalTimestamp().IsFilledByTrigger();
        builder.Property(e => e.EndTimestamp).IsLocalTimestamp().IsFilledByTrigger();
        builder.Property(e => e.MessageCount).IsFilledByTrigger();
        builder.Property(e => e.ConfidenceScore).HasDefaultValue(0.5);
        builder.Property(e => e.EnrichmentVersion).HasMaxLength(20).IsRequired().HasDefaultValueSql("'v1.0'::character varying");
        builder.HasIndex(e => new { e.UserId, e.BotName, e.StartTimestamp, e.EndTimestamp },
            "conversation_summaries_user_id_bot_name_start_timestamp_end_key").IsUnique();
        builder.HasIndex(e => e.CreatedAt, "idx_conversation_summaries_created").HasDatabaseName("idx_conversation_summaries_created");
        builder.HasIndex(e => new { e.StartTimestamp, e.EndTimestamp }, "idx_conversation_summaries_time").HasDatabaseName("idx_conversation_summaries_time");
        builder.HasIndex(e => e.KeyTopics, "idx_conversation_summaries_topics").HasDatabaseName("idx_conversation_summaries_topics").HasMethod("gin");
        builder.HasIndex(e => new { e.UserId, e.BotName }, "idx_conversation_summaries_user_bot").HasDatabaseName("idx_conversation_summaries_user_bot");

        builder.HasIndex(e => new { e.UserId, e.BotName, e.ConversationDate })
            .HasDatabaseName("idx_conversation_summaries_user_bot_date");
    }
}
