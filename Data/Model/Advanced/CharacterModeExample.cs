using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WhisperAspire.Data.Model.Core;
using WhisperAspire.Data.Schema;

namespace WhisperAspire.Data.Model.Advanced;

/// <summary>An ordered example of what a character says in one of its conversation modes (production's CDL section).</summary>
public sealed class CharacterModeExample
{
    public int Id { get; set; }
    public int ModeId { get; set; }
    public required string ExampleText { get; set; }
    public string? ExampleType { get; set; }
    public int SortOrder { get; set; }
    public DateTime CreatedAt { get; set; }
}

/// <summary>Maps <c>character_mode_examples</c>, which Scripts/Advanced/080_cdl_character_sections.sql creates; migrations leave it alone.</summary>
internal sealed class CharacterModeExampleConfiguration : IEntityTypeConfiguration<CharacterModeExample>
{
    public void Configure(EntityTypeBuilder<CharacterModeExample> builder)
    {
        builder.ToScriptTable("character_mode_examples", SchemaStage.Advanced);
        builder.HasOne<CharacterConversationMode>().WithMany(m => m.Examples).HasForeignKey(e => e.ModeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).UseSerialColumn();
        builder.Property(e => e.ExampleType).HasMaxLength(50);
        builder.Property(e => e.CreatedAt).HasColumnType("timestamp without time zone").HasDefaultValueSql("CURRENT_TIMESTAMP");
    }
}
