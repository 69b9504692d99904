using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WhisperAspire.Data.Model.Core;

/// <summary>How one user and one bot relate; keyed by bot name, not by character, so bots stay isolated.</summary>
public class UserRelationship
{
    public int Id { get; set; }
    public required string UserId { get; set; }
    public required string BotName { get; set; }
    public double? Affection { get; set; }
    public double? Trust { get; set; }
    public double? Attunement { get; set; }
    public DateTime? FirstInteraction { get; set; }
    public DateTime? LastInteraction { get; set; }
    public int? InteractionCount { get; set; }
    public DateTime? CreatedAt { get; set; }
    public DateTime? UpdatedAt { get; set; }
}

internal sealed class UserRelationshipConfiguration : IEntityTypeConfiguration<UserRelationship>
{
    public void Configure(EntityTypeBuilder<UserRelationship> builder)
    {
        builder.ToTable("user_relationships");
        builder.Property(e => e.UserId).HasMaxLength(255);
        builder.Property(e => e.BotName).HasMaxLength(100);
        builder.Property(e => e.Affection).HasDefaultValue(0.0);
        builder.Property(e => e.Trust).HasDefaultValue(0.0);
        builder.Property(e => e.Attunement).HasDefaultValue(0.0);
        builder.Property(e => e.FirstInteraction).IsLocalTimestampDefaultNow();
        builder.Property(e => e.LastInteraction).IsLocalTimestampDefaultNow();
        builder.Property(e => e.InteractionCount).HasDefaultValue(0);
        builder.Property(e => e.CreatedAt).IsLocalTimestampDefaultNow();
        builder.Property(e => e.UpdatedAt).IsLocalTimestampDefaultNow();

        // UNIQUE(user_id, bot_name) and idx_relationships_user_bot cover the same columns.
        builder.HasIndex(e => new { e.UserId, e.BotName }).IsUnique().HasDatabaseName("idx_relationships_user_bot");
    }
}
