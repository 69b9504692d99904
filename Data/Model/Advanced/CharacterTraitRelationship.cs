using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WhisperAspire.Data.Model.Core;
using WhisperAspire.Data.Schema;

namespace WhisperAspire.Data.Model.Advanced;

/// <summary>Our design: how one trait of a character reinforces, tempers or conflicts with another; strength runs from -1 (opposes) to 1 (reinforces).</summary>
public sealed class CharacterTraitRelationship
{
    public int Id { get; set; }
    public int CharacterId { get; set; }
    public required string SourceTrait { get; set; }
    public required string TargetTrait { get; set; }
    public required string RelationshipType { get; set; }
    public decimal Strength { get; set; } = 0.50m;
    public string? Description { get; set; }
    public DateTime? CreatedAt { get; set; }
    public DateTime? UpdatedAt { get; set; }
}

/// <summary>Maps <c>character_trait_relationships</c>, which Scripts/Advanced/010_character_intelligence.sql creates; migrations leave it alone.</summary>
internal sealed class CharacterTraitRelationshipConfiguration : IEntityTypeConfiguration<CharacterTraitRelationship>
{
    public void Configure(EntityTypeBuilder<CharacterTraitRelationship> builder)
    {
        builder.ToScriptTable("character_trait_relationships", SchemaStage.Advanced);
        builder.HasOne<Character>().WithMany(c => c.TraitRelationships).HasForeignKey(e => e.CharacterId).OnDelete(DeleteBehavior.Cascade);
        builder.HasKey(e => e.Id);
        // Constant column defaults are property initializers, not HasDefaultValueSql: EF would treat an
        // explicit false or 0 as "unset" and let the database default replace it.
        builder.Property(e => e.Id).UseIdentityByDefaultColumn();
        builder.Property(e => e.SourceTrait).HasMaxLength(100);
        builder.Property(e => e.TargetTrait).HasMaxLength(100);
        builder.Property(e => e.RelationshipType).HasMaxLength(50);
        builder.Property(e => e.Strength).HasPrecision(3, 2);
        builder.Property(e => e.CreatedAt).HasColumnType("timestamp without time zone").HasDefaultValueSql("now()");
        builder.Property(e => e.UpdatedAt).HasColumnType("timestamp without time zone").HasDefaultValueSql("now()");
    }
}
