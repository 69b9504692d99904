using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WhisperAspire.Data.Model.Core;
using WhisperAspire.Data.Schema;

namespace WhisperAspire.Data.Model.Advanced;

/// <summary>One ordered item of a character's response style, such as a core principle or a formatting rule (production's CDL section).</summary>
public sealed class CharacterResponseStyleItem
{
    public int Id { get; set; }
    public int ResponseStyleId { get; set; }
    public required string ItemType { get; set; }
    public required string ItemText { get; set; }
    public int SortOrder { get; set; }
    public DateTime CreatedAt { get; set; }
}

/// <summary>Maps <c>character_response_style_items</c>, which Scripts/Advanced/080_cdl_character_sections.sql creates; migrations leave it alone.</summary>
internal sealed class CharacterResponseStyleItemConfiguration : IEntityTypeConfiguration<CharacterResponseStyleItem>
{
    public void Configure(EntityTypeBuilder<CharacterResponseStyleItem> builder)
    {
        builder.ToScriptTable("character_response_style_items", SchemaStage.Advanced);
        builder.HasOne<CharacterResponseStyle>().WithMany(s => s.Items).HasForeignKey(e => e.ResponseStyleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).UseSerialColumn();
        builder.Property(e => e.ItemType).HasMaxLength(50);
        builder.Property(e => e.CreatedAt).HasColumnType("timestamp without time zone").HasDefaultValueSql("CURRENT_TIMESTAMP");
    }
}
