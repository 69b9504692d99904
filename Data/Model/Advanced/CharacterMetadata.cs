using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WhisperAspire.Data.Model.Core;
using WhisperAspire.Data.Schema;

namespace WhisperAspire.Data.Model.Advanced;

/// <summary>
/// A version of a character's authoring record: tags, author, notes and the dates the definition was written and last
/// revised (production's CDL section). The dates are the definition's own, not the row's, so they travel with it.
/// </summary>
public sealed class CharacterMetadata
{
    public int Id { get; set; }
    public int? CharacterId { get; set; }
    public int? Version { get; set; }
    public string[]? CharacterTags { get; set; }
    public DateTime? CreatedDate { get; set; }
    public DateTime? UpdatedDate { get; set; }
    public string? Author { get; set; }
    public string? Notes { get; set; }
}

/// <summary>Maps <c>character_metadata</c>, which Scripts/Advanced/080_cdl_character_sections.sql creates; migrations leave it alone.</summary>
internal sealed class CharacterMetadataConfiguration : IEntityTypeConfiguration<CharacterMetadata>
{
    public void Configure(EntityTypeBuilder<CharacterMetadata> builder)
    {
        builder.ToScriptTable("character_metadata", SchemaStage.Advanced);
        builder.HasOne<Character>().WithMany(c => c.Metadata).HasForeignKey(e => e.CharacterId).OnDelete(DeleteBehavior.Cascade);
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).UseSerialColumn();
        builder.Property(e => e.Version).HasDefaultValueSql("1");
        builder.Property(e => e.CharacterTags).HasColumnType("text[]");
        builder.Property(e => e.CreatedDate).HasColumnType("timestamp without time zone").HasDefaultValueSql("CURRENT_TIMESTAMP");
        builder.Property(e => e.UpdatedDate).HasColumnType("timestamp without time zone").HasDefaultValueSql("CURRENT_TIMESTAMP");
    }
}
