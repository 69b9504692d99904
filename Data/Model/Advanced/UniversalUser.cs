using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WhisperAspire.Data.Schema;

namespace WhisperAspire.Data.Model.Advanced;

/// <summary>One identity per person, whatever the platform (upstream definition).</summary>
public sealed class UniversalUser
{
    public required string UniversalId { get; set; }
    public required string PrimaryUsername { get; set; }
    public string? DisplayName { get; set; }
    public string? Email { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime LastActive { get; set; }
    public string? Preferences { get; set; }
    public string? PrivacySettings { get; set; }
}

/// <summary>Maps <c>universal_users</c>, which Scripts/Advanced/040_identity_and_memory.sql creates; migrations leave it alone.</summary>
internal sealed class UniversalUserConfiguration : IEntityTypeConfiguration<UniversalUser>
{
    public void Configure(EntityTypeBuilder<UniversalUser> builder)
    {
        builder.ToScriptTable("universal_users", SchemaStage.Advanced);
        builder.HasKey(e => e.UniversalId);
        builder.Property(e => e.UniversalId).HasMaxLength(255);
        builder.Property(e => e.PrimaryUsername).HasMaxLength(255);
        builder.Property(e => e.DisplayName).HasMaxLength(255);
        builder.Property(e => e.Email).HasMaxLength(255);
        builder.Property(e => e.CreatedAt).HasColumnType("timestamp without time zone").HasDefaultValueSql("CURRENT_TIMESTAMP");
        builder.Property(e => e.LastActive).HasColumnType("timestamp without time zone").HasDefaultValueSql("CURRENT_TIMESTAMP");
        builder.Property(e => e.Preferences).HasColumnType("jsonb").HasDefaultValueSql("'{}'::jsonb");
        builder.Property(e => e.PrivacySettings).HasDefaultValueSql("'{}'::text");
    }
}
