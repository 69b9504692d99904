using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WhisperAspire.Data.Model.Core;

/// <summary>A character's personal history. One per character.</summary>
public class CharacterBackground
{
    public int Id { get; set; }
    public int CharacterId { get; set; }
    public Character Character { get; set; } = null!;
    public string? Childhood { get; set; }
    public string? Education { get; set; }
    public string? CareerPath { get; set; }
    public string? MajorLifeEvents { get; set; }
    public string? FormativeExperiences { get; set; }
    public string? FamilyBackground { get; set; }
    public DateTime? CreatedAt { get; set; }
}

internal sealed class CharacterBackgroundConfiguration : IEntityTypeConfiguration<CharacterBackground>
{
    public void Configure(EntityTypeBuilder<CharacterBackground> builder)
    {
        builder.ToTable("character_background");
        builder.Property(e => e.CreatedAt).IsLocalTimestampDefaultNow();

        builder.HasIndex(e => e.CharacterId).IsUnique().HasDatabaseName("character_background_character_id_key");
        builder.HasOne(e => e.Character).WithOne(c => c.Background)
            .HasForeignKey<CharacterBackground>(e => e.CharacterId).OnDelete(DeleteBehavior.Cascade);
    }
}
