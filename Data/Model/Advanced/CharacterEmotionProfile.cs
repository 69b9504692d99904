using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WhisperAspire.Data.Model.Core;
using WhisperAspire.Data.Schema;

namespace WhisperAspire.Data.Model.Advanced;

/// <summary>A character's default mood, one per character (production's CDL section).</summary>
public sealed class CharacterEmotionProfile
{
    public int Id { get; set; }
    public int CharacterId { get; set; }
    public string? DefaultMood { get; set; }
    public DateTime? CreatedAt { get; set; }
}

/// <summary>Maps <c>character_emotion_profile</c>, which Scripts/Advanced/080_cdl_character_sections.sql creates; migrations leave it alone.</summary>
internal sealed class CharacterEmotionProfileConfiguration : IEntityTypeConfiguration<CharacterEmotionProfile>
{
    public void Configure(EntityTypeBuilder<CharacterEmotionProfile> builder)
    {
        builder.ToScriptTable("character_emotion_profile", SchemaStage.Advanced);
        builder.HasOne<Character>().WithOne(c => c.EmotionProfile).HasForeignKey<CharacterEmotionProfile>(e => e.CharacterId).OnDelete(DeleteBehavior.Cascade);
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).UseSerialColumn();
        builder.Property(e => e.CreatedAt).HasColumnType("timestamp without time zone").HasDefaultValueSql("CURRENT_TIMESTAMP");
    }
}
