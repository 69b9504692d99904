using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WhisperAspire.Data.Model.Core;
using WhisperAspire.Data.Schema;

namespace WhisperAspire.Data.Model.Advanced;

/// <summary>Our design: recurring voice and speech patterns of a character (cadence, openers, signature phrases), by type and name.</summary>
public sealed class CharacterVoicePattern
{
    public int Id { get; set; }
    public int CharacterId { get; set; }
    public required string PatternType { get; set; }
    public required string PatternName { get; set; }
    public required string PatternValue { get; set; }
    public string? UsageContext { get; set; }
    public string? Frequency { get; set; }
    public string? ExampleUsage { get; set; }
    public int? Priority { get; set; }
    public DateTime? CreatedAt { get; set; }
    public DateTime? UpdatedAt { get; set; }
}

/// <summary>Maps <c>character_voice_patterns</c>, which Scripts/Advanced/060_character_expression.sql creates; migrations leave it alone.</summary>
internal sealed class CharacterVoicePatternConfiguration : IEntityTypeConfiguration<CharacterVoicePattern>
{
    public void Configure(EntityTypeBuilder<CharacterVoicePattern> builder)
    {
        builder.ToScriptTable("character_voice_patterns", SchemaStage.Advanced);
        builder.HasOne<Character>().WithMany(c => c.VoicePatterns).HasForeignKey(e => e.CharacterId).OnDelete(DeleteBehavior.Cascade);
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).UseIdentityByDefaultColumn();
        builder.Property(e => e.PatternType).HasMaxLength(100);
        builder.Property(e => e.PatternName).HasMaxLength(100);
        builder.Property(e => e.UsageContext).HasMaxLength(200);
        builder.Property(e => e.Frequency).HasMaxLength(50);
        builder.Property(e => e.Priority).HasDefaultValueSql("50");
        builder.Property(e => e.CreatedAt).HasColumnType("timestamp without time zone").HasDefaultValueSql("now()");
        builder.Property(e => e.UpdatedAt).HasColumnType("timestamp without time zone").HasDefaultValueSql("now()");
    }
}
