using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WhisperAspire.Data.Model.Core;

/// <summary>
/// Universal identity of a person talking to the bots. <see cref="UserId"/> is production's key (other tables refer
/// to it); when a row gives none, the database derives it from the Discord id or the username.
/// </summary>
public class User
{
    public int Id { get; set; }
    public string? UserId { get; set; }
    public string? DiscordUserId { get; set; }
    public required string Username { get; set; }
    public string? DisplayName { get; set; }
    public DateTime? CreatedAt { get; set; }
    public DateTime? UpdatedAt { get; set; }
    public DateTime? LastSeen { get; set; }
    public int? MessageCount { get; set; }
    public string? Preferences { get; set; }
    public string? PrivacySettings { get; set; }
}

internal sealed class UserConfiguration : IEntityTypeConfiguration<User>
{
    public void Configure(EntityTypeBuilder<User> builder)
    {
        builder.ToTable("users");
        // NOT NULL in the database, filled by core_fill_users() when a seed-style insert leaves it out.
        builder.Property(e => e.UserId).HasColumnType("text").IsFilledByTrigger();
        builder.Property(e => e.DiscordUserId).HasMaxLength(50);
        builder.Property(e => e.Username).HasColumnType("text");
        builder.Property(e => e.DisplayName).HasColumnType("text");
        builder.Property(e => e.CreatedAt).IsLocalTimestampDefaultNow();
        builder.Property(e => e.UpdatedAt).IsLocalTimestampDefaultNow();
        builder.Property(e => e.LastSeen).IsLocalTimestamp().HasDefaultValueSql("CURRENT_TIMESTAMP");
        builder.Property(e => e.MessageCount).HasDefaultValue(0);
        builder.Property(e => e.Preferences).HasColumnType("text").HasDefaultValueSql("'{}'::text");
        builder.Property(e => e.PrivacySettings).HasColumnType("text").HasDefaultValueSql("'{}'::text");

        // The seeds' UNIQUE column and its named index cover the same column: one unique index under the seed's name.
        builder.HasIndex(e => e.DiscordUserId).IsUnique().HasDatabaseName("idx_users_discord");
        builder.HasIndex(e => e.Username).IsUnique().HasDatabaseName("idx_users_username");
        builder.HasIndex(e => e.UserId).IsUnique().HasDatabaseName("users_user_id_key");
    }
}
