using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WhisperAspire.Data.Model.Core;
using WhisperAspire.Data.Schema;

namespace WhisperAspire.Data.Model.Advanced;

/// <summary>A kind of conversation a character recognises, with its energy and approach; guidance hangs under it (production's CDL section).</summary>
public sealed class CharacterConversationContext
{
    public int Id { get; set; }
    public int CharacterId { get; set; }
    public required string ContextName { get; set; }
    public string? EnergyDescription { get; set; }
    public string? ApproachStrategy { get; set; }
    public string? TransitionStyle { get; set; }
    public DateTime? CreatedAt { get; set; }

    public List<CharacterContextGuidance> Guidance { get; } = [];
}

/// <summary>Maps <c>character_conversation_contexts</c>, which Scripts/Advanced/080_cdl_character_sections.sql creates; migrations leave it alone.</summary>
internal sealed class CharacterConversationContextConfiguration : IEntityTypeConfiguration<CharacterConversationContext>
{
    public void Configure(EntityTypeBuilder<CharacterConversationContext> builder)
    {
        builder.ToScriptTable("character_conversation_contexts", SchemaStage.Advanced);
        builder.HasOne<Character>().WithMany(c => c.ConversationContexts).HasForeignKey(e => e.CharacterId).OnDelete(DeleteBehavior.Cascade);
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).UseSerialColumn();
        builder.Property(e => e.ContextName).HasMaxLength(500);
        builder.Property(e => e.CreatedAt).HasColumnType("timestamp without time zone").HasDefaultValueSql("CURRENT_TIMESTAMP");
    }
}
