using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WhisperAspire.Data.Model.Core;
using WhisperAspire.Data.Schema;

namespace WhisperAspire.Data.Model.Advanced;

/// <summary>One attribute of how a character looks, grouped by category (production's CDL section).</summary>
public sealed class CharacterAppearance
{
    public int Id { get; set; }
    public int? CharacterId { get; set; }
    public required string Category { get; set; }
    public required string Attribute { get; set; }
    public required string Value { get; set; }
    public string? Description { get; set; }
}

/// <summary>Maps <c>character_appearance</c>, which Scripts/Advanced/080_cdl_character_sections.sql creates; migrations leave it alone.</summary>
internal sealed class CharacterAppearanceConfiguration : IEntityTypeConfiguration<CharacterAppearance>
{
    public void Configure(EntityTypeBuilder<CharacterAppearance> builder)
    {
        builder.ToScriptTable("character_appearance", SchemaStage.Advanced);
        builder.HasOne<Character>().WithMany(c => c.Appearance).HasForeignKey(e => e.CharacterId).OnDelete(DeleteBehavior.Cascade);
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).UseSerialColumn();
        builder.Property(e => e.Category).HasMaxLength(50);
        builder.Property(e => e.Attribute).HasMaxLength(100);
    }
}
