using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WhisperAspire.Data.Model.Core;
using WhisperAspire.Data.Schema;

namespace WhisperAspire.Data.Model.Advanced;

/// <summary>One piece of guidance for a conversation context, in display order (production's CDL section).</summary>
public sealed class CharacterContextGuidance
{
    public int Id { get; set; }
    public int ContextId { get; set; }
    public required string GuidanceType { get; set; }
    public required string GuidanceText { get; set; }
    public int? DisplayOrder { get; set; }
    public DateTime? CreatedAt { get; set; }
}

/// <summary>Maps <c>character_context_guidance</c>, which Scripts/Advanced/080_cdl_character_sections.sql creates; migrations leave it alone.</summary>
internal sealed class CharacterContextGuidanceConfiguration : IEntityTypeConfiguration<CharacterContextGuidance>
{
    public void Configure(EntityTypeBuilder<CharacterContextGuidance> builder)
    {
        builder.ToScriptTable("character_context_guidance", SchemaStage.Advanced);
        builder.HasOne<CharacterConversationContext>().WithMany(c => c.Guidance).HasForeignKey(e => e.ContextId).OnDelete(DeleteBehavior.Cascade);
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).UseSerialColumn();
        builder.Property(e => e.GuidanceType).HasMaxLength(200);
        builder.Property(e => e.CreatedAt).HasColumnType("timestamp without time zone").HasDefaultValueSql("CURRENT_TIMESTAMP");
    }
}
