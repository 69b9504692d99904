using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WhisperAspire.Data.Model.Core;

/// <summary>
/// A fact a bot has learned about a user. WhisperEngine's application creates this table itself when missing and
/// writes subject/predicate/object triples; the seeds' bot_name/fact_value rows and the application's rows both fit,
/// core_fill_user_facts() deriving each side's NOT NULL columns from the other's.
/// </summary>
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
    public string? Subject { get; set; }
    public string? Predicate { get; set; }
    public string? Object { get; set; }
    public string? SourceMessage { get; set; }
    public DateTime? Timestamp { get; set; }
    public string? FactData { get; set; }
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
        builder.Property(e => e.Subject).HasMaxLength(255).IsFilledByTrigger();
        builder.Property(e => e.Predicate).HasMaxLength(255).IsFilledByTrigger();
        builder.Property(e => e.Object).HasMaxLength(255).IsFilledByTrigger();
        builder.Property(e => e.Timestamp).IsLocalTimestamp().HasDefaultValueSql("CURRENT_TIMESTAMP");
        builder.Property(e => e.FactData).HasColumnType("jsonb");

        builder.HasIndex(e => new { e.UserId, e.BotName }).HasDatabaseName("idx_facts_user_bot");
        builder.HasIndex(e => e.FactType).HasDatabaseName("idx_facts_type");
        // WhisperEngine's fact validator creates this table itself with UNIQUE (user_id, subject, predicate) and upserts
        // ON CONFLICT on it; our table exists first, so the key must be here. Seed-style facts get a per-row predicate
        // (core_fill_user_facts) so several facts of one type stay several rows.
        builder.HasIndex(e => new { e.UserId, e.Subject, e.Predicate }).IsUnique().HasDatabaseName("user_facts_user_id_subject_predicate_key");
    }
}
