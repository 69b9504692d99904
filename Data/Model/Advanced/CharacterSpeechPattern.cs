using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WhisperAspire.Data.Model.Core;
using WhisperAspire.Data.Schema;

namespace WhisperAspire.Data.Model.Advanced;

/// <summary>Speech habits of a character by type (upstream definition).</summary>
public sealed class CharacterSpeechPattern
{
    public int Id { get; set; }
    public int? CharacterId { get; set; }
    public required string PatternType { get; set; }
    public required string PatternValue { get; set; }
    public string? UsageFrequency { get; set; }
    public string? Context { get; set; }
    public int? Priority { get; set; }
}

/// <summary>Maps <c>character_speech_patterns</c>, which Scripts/Advanced/060_character_expression.sql creates; migrations leave it alone.</summary>
internal sealed class CharacterSpeechPatternConfiguration : IEntityTypeConfiguration<CharacterSpeechPattern>
{
    public void Configure(EntityTypeBuilder<CharacterSpeechPattern> builder)
    {
        builder.ToScriptTable("character_speech_patterns", SchemaStage.Advanced);
        builder.HasOne<Character>().WithMany(c => c.SpeechPatterns).HasForeignKey(e => e.CharacterId).OnDelete(DeleteBehavior.Cascade);
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).UseIdentityByDefaultColumn();
        builder.Property(e => e.PatternType).HasMaxLength(100);
        builder.Property(e => e.UsageFrequency).HasMaxLength(50);
        builder.Property(e => e.Context).HasMaxLength(100);
        builder.Property(e => e.Priority).HasDefaultValueSql("50");
    }
}
