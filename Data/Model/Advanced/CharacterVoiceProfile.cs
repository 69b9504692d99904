using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WhisperAspire.Data.Model.Core;
using WhisperAspire.Data.Schema;

namespace WhisperAspire.Data.Model.Advanced;

/// <summary>How a character sounds and writes: tone, pace, accent, sentence structure, response length (production's CDL section, one row per character).</summary>
public sealed class CharacterVoiceProfile
{
    public int Id { get; set; }
    public int CharacterId { get; set; }
    public string? Tone { get; set; }
    public string? Pace { get; set; }
    public string? Volume { get; set; }
    public string? Accent { get; set; }
    public string? SentenceStructure { get; set; }
    public string? PunctuationStyle { get; set; }
    public string? ResponseLengthGuidance { get; set; }
    public DateTime? CreatedAt { get; set; }
}

/// <summary>Maps <c>character_voice_profile</c>, which Scripts/Advanced/080_cdl_character_sections.sql creates; migrations leave it alone.</summary>
internal sealed class CharacterVoiceProfileConfiguration : IEntityTypeConfiguration<CharacterVoiceProfile>
{
    public void Configure(EntityTypeBuilder<CharacterVoiceProfile> builder)
    {
        builder.ToScriptTable("character_voice_profile", SchemaStage.Advanced);
        builder.HasOne<Character>().WithOne(c => c.VoiceProfile).HasForeignKey<CharacterVoiceProfile>(e => e.CharacterId).OnDelete(DeleteBehavior.Cascade);
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).UseSerialColumn();
        builder.Property(e => e.CreatedAt).HasColumnType("timestamp without time zone").HasDefaultValueSql("CURRENT_TIMESTAMP");
    }
}
