using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WhisperAspire.Data.Model.Core;

/// <summary>Who a character is: name, age, occupation. One per character.</summary>
public class CharacterIdentity
{
    public int Id { get; set; }
    public int CharacterId { get; set; }
    public Character Character { get; set; } = null!;
    public string? FullName { get; set; }
    public string? Nicknames { get; set; }
    public int? Age { get; set; }
    public string? Occupation { get; set; }
    public string? Description { get; set; }
    public DateTime? CreatedAt { get; set; }
}

internal sealed class CharacterIdentityConfiguration : IEntityTypeConfiguration<CharacterIdentity>
{
    public void Configure(EntityTypeBuilder<CharacterIdentity> builder)
    {
        builder.ToTable("character_identity");
        builder.Property(e => e.FullName).HasMaxLength(500);
        builder.Property(e => e.Occupation).HasMaxLength(500);
        builder.Property(e => e.CreatedAt).IsLocalTimestampDefaultNow();

        builder.HasIndex(e => e.CharacterId).IsUnique().HasDatabaseName("character_identity_character_id_key");
        builder.HasOne(e => e.Character).WithOne(c => c.Identity)
            .HasForeignKey<CharacterIdentity>(e => e.CharacterId).OnDelete(DeleteBehavior.Cascade);
    }
}
