using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WhisperAspire.Data.Model.Core;
using WhisperAspire.Data.Schema;

namespace WhisperAspire.Data.Model.Advanced;

/// <summary>An ordered "avoid" or "encourage" rule for one of a character's conversation modes (production's CDL section).</summary>
public sealed class CharacterModeGuidance
{
    /// <summary>What the table's check (ck_guidance_type) allows in <see cref="GuidanceType"/>.</summary>
    public static readonly IReadOnlyList<string> GuidanceTypes = ["avoid", "encourage"];

    public int Id { get; set; }
    public int ModeId { get; set; }
    /// <summary><c>avoid</c> or <c>encourage</c> (the table's check).</summary>
    public required string GuidanceType { get; set; }
    public required string GuidanceText { get; set; }
    public int SortOrder { get; set; }
    public DateTime CreatedAt { get; set; }
}

/// <summary>Maps <c>character_mode_guidance</c>, which Scripts/Advanced/080_cdl_character_sections.sql creates; migrations leave it alone.</summary>
internal sealed class CharacterModeGuidanceConfiguration : IEntityTypeConfiguration<CharacterModeGuidance>
{
    public void Configure(EntityTypeBuilder<CharacterModeGuidance> builder)
    {
        builder.ToScriptTable("character_mode_guidance", SchemaStage.Advanced);
        builder.HasOne<CharacterConversationMode>().WithMany(m => m.Guidance).HasForeignKey(e => e.ModeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).UseSerialColumn();
        builder.Property(e => e.GuidanceType).HasMaxLength(20);
        builder.Property(e => e.CreatedAt).HasColumnType("timestamp without time zone").HasDefaultValueSql("CURRENT_TIMESTAMP");
    }
}
