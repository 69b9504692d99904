using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WhisperAspire.Data.Model.Core;
using WhisperAspire.Data.Schema;

namespace WhisperAspire.Data.Model.Advanced;

/// <summary>A character's response style, one per character; its content is the ordered items under it (production's CDL section).</summary>
public sealed class CharacterResponseStyle
{
    public int Id { get; set; }
    public int CharacterId { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    public List<CharacterResponseStyleItem> Items { get; } = [];
}

/// <summary>Maps <c>character_response_style</c>, which Scripts/Advanced/080_cdl_character_sections.sql creates; migrations leave it alone.</summary>
internal sealed class CharacterResponseStyleConfiguration : IEntityTypeConfiguration<CharacterResponseStyle>
{
    public void Configure(EntityTypeBuilder<CharacterResponseStyle> builder)
    {
        builder.ToScriptTable("character_response_style", SchemaStage.Advanced);
        builder.HasOne<Character>().WithOne(c => c.ResponseStyle).HasForeignKey<CharacterResponseStyle>(e => e.CharacterId).OnDelete(DeleteBehavior.Cascade);
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).UseSerialColumn();
        builder.Property(e => e.CreatedAt).HasColumnType("timestamp without time zone").HasDefaultValueSql("CURRENT_TIMESTAMP");
        builder.Property(e => e.UpdatedAt).HasColumnType("timestamp without time zone").HasDefaultValueSql("CURRENT_TIMESTAMP");
    }
}
