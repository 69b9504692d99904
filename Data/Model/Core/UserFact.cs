using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WhisperAspire.Data.Model.Core;

/// <summary>A fact a bot has learned about a user.</summary>
public class UserFact
{
    public int Id { get; set; }
    public required string UserId { get; set; }
    public required string BotName { get; set; }
    public required string FactType { get; set; }
    public required string FactValue { get; set; }
    public double? Confidence { get; set; }
    public string? Source { get; set; }
    public DateTime? CreatedAt { get; set; }
    public DateTime? UpdatedAt { get; set; }
}

internal sealed class UserFactConfiguration : IEntityTypeConfiguration<UserFact>
{
    public void Configure(EntityTypeBuilder<UserFact> builder)
    {
        builder.ToTable("user_facts");
        builder.Property(e => e.UserId).HasMaxLength(255);
        builder.Property(e => e.BotName).HasMaxLength(100);
        builder.Property(e => e.FactType).HasMaxLength(100);
        builder.Property(e => e.Confidence).HasDefaultValue(1.0);
        builder.Property(e => e.Source).HasMaxLength(50);
        builder.Property(e => e.CreatedAt).IsLocalTimestampDefaultNow();
        builder.Property(e => e.UpdatedAt).IsLocalTimestampDefaultNow();

        builder.HasIndex(e => new { e.UserId, e.BotName }).HasDatabaseName("idx_facts_user_bot");
        builder.HasIndex(e => e.FactType).HasDatabaseName("idx_facts_type");
    }
}
