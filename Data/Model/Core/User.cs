using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WhisperAspire.Data.Model.Core;

/// <summary>Universal identity of a person talking to the bots.</summary>
public class User
{
    public int Id { get; set; }
    public string? DiscordUserId { get; set; }
    public required string Username { get; set; }
    public string? DisplayName { get; set; }
    public DateTime? CreatedAt { get; set; }
    public DateTime? UpdatedAt { get; set; }
}

internal sealed class UserConfiguration : IEntityTypeConfiguration<User>
{
    public void Configure(EntityTypeBuilder<User> builder)
    {
        builder.ToTable("users");
        builder.Property(e => e.DiscordUserId).HasMaxLength(50);
        builder.Property(e => e.Username).HasMaxLength(255);
        builder.Property(e => e.DisplayName).HasMaxLength(255);
        builder.Property(e => e.CreatedAt).IsLocalTimestampDefaultNow();
        builder.Property(e => e.UpdatedAt).IsLocalTimestampDefaultNow();

        // The seeds' UNIQUE column and its named index cover the same column: one unique index under the seed's name.
        builder.HasIndex(e => e.DiscordUserId).IsUnique().HasDatabaseName("idx_users_discord");
        builder.HasIndex(e => e.Username).IsUnique().HasDatabaseName("idx_users_username");
    }
}
