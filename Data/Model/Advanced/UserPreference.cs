using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WhisperAspire.Data.Schema;

namespace WhisperAspire.Data.Model.Advanced;

/// <summary>Preferences a bot has learned about a user (upstream definition).</summary>
public sealed class UserPreference
{
    public int Id { get; set; }
    public required string UserId { get; set; }
    public required string BotName { get; set; }
    public required string PreferenceType { get; set; }
    public required string PreferenceValue { get; set; }
    public double? Confidence { get; set; }
    public string? Context { get; set; }
    public DateTime? CreatedAt { get; set; }
    public DateTime? UpdatedAt { get; set; }
}

/// <summary>Maps <c>user_preferences</c>, which Scripts/Advanced/040_identity_and_memory.sql creates; migrations leave it alone.</summary>
internal sealed class UserPreferenceConfiguration : IEntityTypeConfiguration<UserPreference>
{
    public void Configure(EntityTypeBuilder<UserPreference> builder)
    {
        builder.ToScriptTable("user_preferences", SchemaStage.Advanced);
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).UseIdentityByDefaultColumn();
        builder.Property(e => e.UserId).HasMaxLength(255);
        builder.Property(e => e.BotName).HasMaxLength(100);
        builder.Property(e => e.PreferenceType).HasMaxLength(100);
        builder.Property(e => e.PreferenceValue).HasMaxLength(500);
        builder.Property(e => e.Confidence).HasDefaultValueSql("1.0");
        builder.Property(e => e.Context).HasColumnType("jsonb");
        builder.Property(e => e.CreatedAt).HasColumnType("timestamp without time zone").HasDefaultValueSql("now()");
        builder.Property(e => e.UpdatedAt).HasColumnType("timestamp without time zone").HasDefaultValueSql("now()");
    }
}
