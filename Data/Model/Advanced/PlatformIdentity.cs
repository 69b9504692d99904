using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WhisperAspire.Data.Schema;

namespace WhisperAspire.Data.Model.Advanced;

/// <summary>Maps a platform account to its universal identity (upstream definition).</summary>
public sealed class PlatformIdentity
{
    public int Id { get; set; }
    public required string UniversalId { get; set; }
    public required string Platform { get; set; }
    public required string PlatformUserId { get; set; }
    public required string Username { get; set; }
    public string? DisplayName { get; set; }
    public string? Email { get; set; }
    public DateTime VerifiedAt { get; set; }
}

/// <summary>Maps <c>platform_identities</c>, which Scripts/Advanced/040_identity_and_memory.sql creates; migrations leave it alone.</summary>
internal sealed class PlatformIdentityConfiguration : IEntityTypeConfiguration<PlatformIdentity>
{
    public void Configure(EntityTypeBuilder<PlatformIdentity> builder)
    {
        builder.ToScriptTable("platform_identities", SchemaStage.Advanced);
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).UseIdentityByDefaultColumn();
        builder.Property(e => e.UniversalId).HasMaxLength(255);
        builder.Property(e => e.Platform).HasMaxLength(50);
        builder.Property(e => e.PlatformUserId).HasMaxLength(255);
        builder.Property(e => e.Username).HasMaxLength(255);
        builder.Property(e => e.DisplayName).HasMaxLength(255);
        builder.Property(e => e.Email).HasMaxLength(255);
        builder.Property(e => e.VerifiedAt).HasColumnType("timestamp without time zone").HasDefaultValueSql("CURRENT_TIMESTAMP");
        builder.HasOne<UniversalUser>().WithMany().HasForeignKey(e => e.UniversalId).OnDelete(DeleteBehavior.Cascade);
    }
}
