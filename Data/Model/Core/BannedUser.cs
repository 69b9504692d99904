using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WhisperAspire.Data.Model.Core;

/// <summary>
/// A ban of one Discord user, kept after unbanning for the moderation trail. Production's UNIQUE(discord_user_id)
/// won over the seed's per-bot key: one row per Discord user. The seed's <see cref="UserId"/>/<see cref="BotName"/> are
/// still filled (by core_fill_banned_users() when an insert leaves them out; <c>*</c> = every bot).
/// </summary>
public class BannedUser
{
    public int Id { get; set; }
    public string? DiscordUserId { get; set; }
    public string? UserId { get; set; }
    public string? BotName { get; set; }
    public string? Reason { get; set; }
    public string? BanReason { get; set; }
    public DateTime? BannedAt { get; set; }
    public string? BannedBy { get; set; }
    public DateTime? ExpiresAt { get; set; }
    public string? Notes { get; set; }
    public DateTime? UnbannedAt { get; set; }
    public string? UnbannedBy { get; set; }
    public string? UnbanReason { get; set; }
    public bool? IsActive { get; set; }
    public DateTime? CreatedAt { get; set; }
    public DateTime? UpdatedAt { get; set; }
}

internal sealed class BannedUserConfiguration : IEntityTypeConfiguration<BannedUser>
{
    public void Configure(EntityTypeBuilder<BannedUser> builder)
    {
        builder.ToTable("banned_users");
        // The three keys are NOT NULL; core_fill_banned_users() derives whichever side an insert does not know.
        builder.Property(e => e.DiscordUserId).HasColumnType("text").IsFilledByTrigger();
        builder.Property(e => e.UserId).HasMaxLength(255).IsFilledByTrigger();
        builder.Property(e => e.BotName).HasMaxLength(100).IsFilledByTrigger();
        builder.Property(e => e.BanReason).HasColumnType("text");
        builder.Property(e => e.BannedAt).IsLocalTimestampDefaultNow();
        builder.Property(e => e.BannedBy).HasColumnType("text").IsRequired().HasDefaultValueSql("'system'::text");
        builder.Property(e => e.ExpiresAt).IsLocalTimestamp();
        builder.Property(e => e.Notes).HasColumnType("text");
        builder.Property(e => e.UnbannedAt).IsLocalTimestamp();
        builder.Property(e => e.UnbannedBy).HasColumnType("text");
        builder.Property(e => e.UnbanReason).HasColumnType("text");
        builder.Property(e => e.IsActive).HasDefaultValue(true);
        builder.Property(e => e.CreatedAt).IsLocalTimestampDefaultNow();
        builder.Property(e => e.UpdatedAt).IsLocalTimestampDefaultNow();

        // Unique indexes carry PostgreSQL's own name for each side's UNIQUE constraint.
        builder.HasIndex(e => e.DiscordUserId, "banned_users_discord_user_id_key").HasDatabaseName("banned_users_discord_user_id_key").IsUnique();
        builder.HasIndex(e => new { e.UserId, e.BotName }).IsUnique()
            .HasDatabaseName("banned_users_user_id_bot_name_key");
        builder.HasIndex(e => e.UnbannedAt, "idx_banned_users_unbanned_at").HasDatabaseName("idx_banned_users_unbanned_at");
    }
}
