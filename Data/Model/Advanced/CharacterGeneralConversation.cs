using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WhisperAspire.Data.Model.Core;
using WhisperAspire.Data.Schema;

namespace WhisperAspire.Data.Model.Advanced;

/// <summary>How a character converses when no particular context applies, one per character; ordered response patterns hang under it (production's CDL section).</summary>
public sealed class CharacterGeneralConversation
{
    public int Id { get; set; }
    public int CharacterId { get; set; }
    public string? DefaultEnergy { get; set; }
    public string? ConversationStyle { get; set; }
    public string? TransitionApproach { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    public List<CharacterResponsePattern> ResponsePatterns { get; } = [];
}

/// <summary>Maps <c>character_general_conversation</c>, which Scripts/Advanced/080_cdl_character_sections.sql creates; migrations leave it alone.</summary>
internal sealed class CharacterGeneralConversationConfiguration : IEntityTypeConfiguration<CharacterGeneralConversation>
{
    public void Configure(EntityTypeBuilder<CharacterGeneralConversation> builder)
    {
        builder.ToScriptTable("character_general_conversation", SchemaStage.Advanced);
        builder.HasOne<Character>().WithOne(c => c.GeneralConversation).HasForeignKey<CharacterGeneralConversation>(e => e.CharacterId).OnDelete(DeleteBehavior.Cascade);
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).UseSerialColumn();
        builder.Property(e => e.DefaultEnergy).HasMaxLength(50);
        builder.Property(e => e.CreatedAt).HasColumnType("timestamp without time zone").HasDefaultValueSql("CURRENT_TIMESTAMP");
        builder.Property(e => e.UpdatedAt).HasColumnType("timestamp without time zone").HasDefaultValueSql("CURRENT_TIMESTAMP");
    }
}
