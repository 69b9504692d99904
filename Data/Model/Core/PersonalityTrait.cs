using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WhisperAspire.Data.Model.Core;

/// <summary>One Big Five trait of a character, valued 0.00–1.00.</summary>
public class PersonalityTrait
{
    public int Id { get; set; }
    public int? CharacterId { get; set; }
    public Character? Character { get; set; }
    public required string TraitName { get; set; }
    public decimal? TraitValue { get; set; }
    public string? Intensity { get; set; }
    public string? Description { get; set; }
}

internal sealed class PersonalityTraitConfiguration : IEntityTypeConfiguration<PersonalityTrait>
{
    public void Configure(EntityTypeBuilder<PersonalityTrait> builder)
    {
        builder.ToTable("personality_traits");
        builder.Property(e => e.TraitName).HasMaxLength(200);
        builder.Property(e => e.TraitValue).HasPrecision(3, 2);
        builder.Property(e => e.Intensity).HasMaxLength(100);

        builder.HasIndex(e => new { e.CharacterId, e.TraitName }).IsUnique()
            .HasDatabaseName("personality_traits_character_id_trait_name_key");
        builder.HasIndex(e => e.CharacterId).HasDatabaseName("idx_personality_traits_character");
        builder.HasOne(e => e.Character).WithMany(c => c.PersonalityTraits)
            .HasForeignKey(e => e.CharacterId).OnDelete(DeleteBehavior.Cascade);
    }
}
