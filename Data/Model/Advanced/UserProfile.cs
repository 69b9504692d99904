using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WhisperAspire.Data.Schema;

namespace WhisperAspire.Data.Model.Advanced;

/// <summary>Extended profile of a user: emotional history, trust indicators, preferences (upstream definition).</summary>
public sealed class UserProfile
{
    public required string UserId { get; set; }
    public string? Name { get; set; }
    public int? RelationshipLevel { get; set; }
    public string? CurrentEmotion { get; set; }
    public int? InteractionCount { get; set; }
    public DateTime? FirstInteraction { get; set; }
    public DateTime? LastInteraction { get; set; }
    public string? EmotionHistory { get; set; }
    public int? EscalationCount { get; set; }
    public string? TrustIndicators { get; set; }
    public string Preferences { get; set; } = "{}";
    public DateTime? CreatedAt { get; set; }
    public DateTime? UpdatedAt { get; set; }
}

/// <summary>Maps <c>user_profiles</c>, which Scripts/Advanced/040_identity_and_memory.sql creates; migrations leave it alone.</summary>
internal sealed class UserProfileConfiguration : IEntityTypeConfiguration<UserProfile>
{
    public void Configure(EntityTypeBuilder<UserProfile> builder)
    {
        builder.ToScriptTable("user_profiles", SchemaStage.Advanced);
        builder.HasKey(e => e.UserId);
        // Constant column defaults are property initializers, not HasDefaultValueSql: EF would treat an
        // explicit false or 0 as "unset" and let the database default replace it.
        builder.Property(e => e.UserId).HasMaxLength(255);
        builder.Property(e => e.Name).HasMaxLength(255);
        builder.Property(e => e.RelationshipLevel).HasDefaultValueSql("1");
        builder.Property(e => e.CurrentEmotion).HasMaxLength(50).HasDefaultValueSql("'neutral'::character varying");
        builder.Property(e => e.InteractionCount).HasDefaultValueSql("0");
        builder.Property(e => e.FirstInteraction).HasColumnType("timestamp without time zone");
        builder.Property(e => e.LastInteraction).HasColumnType("timestamp without time zone").HasDefaultValueSql("CURRENT_TIMESTAMP");
        builder.Property(e => e.EmotionHistory).HasColumnType("jsonb").HasDefaultValueSql("'[]'::jsonb");
        builder.Property(e => e.EscalationCount).HasDefaultValueSql("0");
        builder.Property(e => e.TrustIndicators).HasColumnType("jsonb").HasDefaultValueSql("'[]'::jsonb");
        builder.Property(e => e.Preferences).HasColumnType("jsonb");
        builder.Property(e => e.CreatedAt).HasColumnType("timestamp without time zone").HasDefaultValueSql("CURRENT_TIMESTAMP");
        builder.Property(e => e.UpdatedAt).HasColumnType("timestamp without time zone").HasDefaultValueSql("CURRENT_TIMESTAMP");
    }
}
