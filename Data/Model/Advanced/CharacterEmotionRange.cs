using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WhisperAspire.Data.Model.Core;
using WhisperAspire.Data.Schema;

namespace WhisperAspire.Data.Model.Advanced;

/// <summary>An emotion a character can feel and its base intensity between 0 and 1 (production's CDL section).</summary>
public sealed class CharacterEmotionRange
{
    public int Id { get; set; }
    public int CharacterId { get; set; }
    public required string EmotionName { get; set; }
    public decimal? BaseIntensity { get; set; }
    public string? Notes { get; set; }
    public DateTime? CreatedAt { get; set; }
}

/// <summary>Maps <c>character_emotion_range</c>, which Scripts/Advanced/080_cdl_character_sections.sql creates; migrations leave it alone.</summary>
internal sealed class CharacterEmotionRangeConfiguration : IEntityTypeConfiguration<CharacterEmotionRange>
{
    public void Configure(EntityTypeBuilder<CharacterEmotionRange> builder)
    {
        builder.ToScriptTable("character_emotion_range", SchemaStage.Advanced);
        builder.HasOne<Character>().WithMany(c => c.EmotionRange).HasForeignKey(e => e.CharacterId).OnDelete(DeleteBehavior.Cascade);
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).UseSerialColumn();
        builder.Property(e => e.EmotionName).HasMaxLength(200);
        builder.Property(e => e.BaseIntensity).HasPrecision(3, 2);
        builder.Property(e => e.CreatedAt).HasColumnType("timestamp without time zone").HasDefaultValueSql("CURRENT_TIMESTAMP");
    }
}
