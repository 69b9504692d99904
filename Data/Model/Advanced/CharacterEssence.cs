using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WhisperAspire.Data.Model.Core;
using WhisperAspire.Data.Schema;

namespace WhisperAspire.Data.Model.Advanced;

/// <summary>A facet of what a character fundamentally is, and how strongly it shows (production's CDL section).</summary>
public sealed class CharacterEssence
{
    public int Id { get; set; }
    public int? CharacterId { get; set; }
    public required string EssenceType { get; set; }
    public required string EssenceName { get; set; }
    public required string Description { get; set; }
    public string? Manifestation { get; set; }
    public int? PowerLevel { get; set; }
}

/// <summary>Maps <c>character_essence</c>, which Scripts/Advanced/080_cdl_character_sections.sql creates; migrations leave it alone.</summary>
internal sealed class CharacterEssenceConfiguration : IEntityTypeConfiguration<CharacterEssence>
{
    public void Configure(EntityTypeBuilder<CharacterEssence> builder)
    {
        builder.ToScriptTable("character_essence", SchemaStage.Advanced);
        builder.HasOne<Character>().WithMany(c => c.Essences).HasForeignKey(e => e.CharacterId).OnDelete(DeleteBehavior.Cascade);
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).UseSerialColumn();
        builder.Property(e => e.EssenceType).HasMaxLength(50);
        builder.Property(e => e.EssenceName).HasMaxLength(100);
    }
}
