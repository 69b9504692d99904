using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WhisperAspire.Data.Model.Core;
using WhisperAspire.Data.Schema;

namespace WhisperAspire.Data.Model.Advanced;

/// <summary>How and when a character uses emoji (upstream definition).</summary>
public sealed class CharacterEmojiPattern
{
    public int Id { get; set; }
    public int? CharacterId { get; set; }
    public required string PatternCategory { get; set; }
    public required string PatternName { get; set; }
    public string? EmojiSequence { get; set; }
    public string? UsageContext { get; set; }
    public string? Frequency { get; set; }
    public string? ExampleUsage { get; set; }
}

/// <summary>Maps <c>character_emoji_patterns</c>, which Scripts/Advanced/060_character_expression.sql creates; migrations leave it alone.</summary>
internal sealed class CharacterEmojiPatternConfiguration : IEntityTypeConfiguration<CharacterEmojiPattern>
{
    public void Configure(EntityTypeBuilder<CharacterEmojiPattern> builder)
    {
        builder.ToScriptTable("character_emoji_patterns", SchemaStage.Advanced);
        builder.HasOne<Character>().WithMany(c => c.EmojiPatterns).HasForeignKey(e => e.CharacterId).OnDelete(DeleteBehavior.Cascade);
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).UseIdentityByDefaultColumn();
        builder.Property(e => e.PatternCategory).HasMaxLength(100);
        builder.Property(e => e.PatternName).HasMaxLength(100);
        builder.Property(e => e.Frequency).HasMaxLength(50);
    }
}
