using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WhisperAspire.Data.Model.Core;

/// <summary>A day's conversation between one user and one bot, summarised.</summary>
public class ConversationSummary
{
    public int Id { get; set; }
    public required string UserId { get; set; }
    public required string BotName { get; set; }
    public DateOnly ConversationDate { get; set; }
    public required string SummaryText { get; set; }
    public string? KeyTopics { get; set; }
    public string? EmotionalTone { get; set; }
    public decimal? InteractionQuality { get; set; }
    public DateTime? CreatedAt { get; set; }
    public DateTime? UpdatedAt { get; set; }
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
        builder.Property(e => e.CreatedAt).IsLocalTimestampDefaultNow();
        builder.Property(e => e.UpdatedAt).IsLocalTimestampDefaultNow();

        builder.HasIndex(e => new { e.UserId, e.BotName, e.ConversationDate })
            .HasDatabaseName("idx_conversation_summaries_user_bot_date");
    }
}
