using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WhisperAspire.Data.Model.Core;
using WhisperAspire.Data.Schema;

namespace WhisperAspire.Data.Model.Advanced;

/// <summary>Our design: themes that run through a character's storytelling, with hooks, symbolism and prominence (1-10).</summary>
public sealed class CharacterThematicElement
{
    public int Id { get; set; }
    public int CharacterId { get; set; }
    public required string ThemeName { get; set; }
    public string? ThemeCategory { get; set; }
    public string? Description { get; set; }
    public string? NarrativeHooks { get; set; }
    public string? Symbolism { get; set; }
    public int? Prominence { get; set; }
    public DateTime? CreatedAt { get; set; }
    public DateTime? UpdatedAt { get; set; }
}

/// <summary>Maps <c>character_thematic_elements</c>, which Scripts/Advanced/060_character_expression.sql creates; migrations leave it alone.</summary>
internal sealed class CharacterThematicElementConfiguration : IEntityTypeConfiguration<CharacterThematicElement>
{
    public void Configure(EntityTypeBuilder<CharacterThematicElement> builder)
    {
        builder.ToScriptTable("character_thematic_elements", SchemaStage.Advanced);
        builder.HasOne<Character>().WithMany(c => c.ThematicElements).HasForeignKey(e => e.CharacterId).OnDelete(DeleteBehavior.Cascade);
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).UseIdentityByDefaultColumn();
        builder.Property(e => e.ThemeName).HasMaxLength(200);
        builder.Property(e => e.ThemeCategory).HasMaxLength(100);
        builder.Property(e => e.Prominence).HasDefaultValueSql("5");
        builder.Property(e => e.CreatedAt).HasColumnType("timestamp without time zone").HasDefaultValueSql("now()");
        builder.Property(e => e.UpdatedAt).HasColumnType("timestamp without time zone").HasDefaultValueSql("now()");
    }
}
