using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WhisperAspire.Data.Model.Core;
using WhisperAspire.Data.Schema;

namespace WhisperAspire.Data.Model.Advanced;

/// <summary>One ordered response pattern of a character's general conversation (production's CDL section).</summary>
public sealed class CharacterResponsePattern
{
    public int Id { get; set; }
    public int GeneralConversationId { get; set; }
    public string? PatternName { get; set; }
    public string? PatternDescription { get; set; }
    public int SortOrder { get; set; }
    public DateTime CreatedAt { get; set; }
}

/// <summary>Maps <c>character_response_patterns</c>, which Scripts/Advanced/080_cdl_character_sections.sql creates; migrations leave it alone.</summary>
internal sealed class CharacterResponsePatternConfiguration : IEntityTypeConfiguration<CharacterResponsePattern>
{
    public void Configure(EntityTypeBuilder<CharacterResponsePattern> builder)
    {
        builder.ToScriptTable("character_response_patterns", SchemaStage.Advanced);
        builder.HasOne<CharacterGeneralConversation>().WithMany(g => g.ResponsePatterns).HasForeignKey(e => e.GeneralConversationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).UseSerialColumn();
        builder.Property(e => e.PatternName).HasMaxLength(100);
        builder.Property(e => e.CreatedAt).HasColumnType("timestamp without time zone").HasDefaultValueSql("CURRENT_TIMESTAMP");
    }
}
