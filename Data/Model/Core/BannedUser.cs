using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WhisperAspire.Data.Model.Core;

/// <summary>A user banned from one bot; kept after unbanning for the moderation trail.</summary>
public class BannedUser
{
    public int Id { get; set; }
    public required string UserId { get; set; }
    public required string BotName { get; set; }
    public string? Reason { get; set; }
    public DateTime? BannedAt { get; set; }
    public string? BannedBy { get; set; }
    public DateTime? UnbannedAt { get; set; }
    public string? UnbannedBy { get; set; }
    public bool? IsActive { get; set; }
    public DateTime? CreatedAt { get; set; }
    public DateTime? UpdatedAt { get; set; }
}

internal sealed class BannedUserConfiguration : IEntityTypeConfiguration<BannedUser>
{
    public void Configure(EntityTypeBuilder<BannedUser> builder)
    {
        builder.ToTable("banned_users");
        builder.Property(e => e.UserId).HasMaxLength(255);
        builder.Property(e => e.BotName).HasMaxLength(100);
        builder.Property(e => e.BannedAt).IsLocalTimestampDefaultNow();
        builder.Property(e => e.BannedBy).HasMaxLength(255);
        builder.Property(e => e.UnbannedAt).IsLocalTimestamp();
        builder.Property(e => e.UnbannedBy).HasMaxLength(255);
        builder.Property(e => e.IsActive).HasDefaultValue(true);
        builder.Property(e => e.CreatedAt).IsLocalTimestampDefaultNow();
        builder.Property(e => e.UpdatedAt).IsLocalTimestampDefaultNow();

        // Unique indexes carry PostgreSQL's own name for the seeds' UNIQUE constraint.
        builder.HasIndex(e => new { e.UserId, e.BotName }).IsUnique()
            .HasDatabaseName("banned_users_user_id_bot_name_key");
    }
}
