using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WhisperAspire.Data.Model.Core;
using WhisperAspire.Data.Schema;

namespace WhisperAspire.Data.Model.Advanced;

/// <summary>A named communication habit of a character, its value and how often it shows (production's CDL section).</summary>
public sealed class CharacterCommunicationPattern
{
    public int Id { get; set; }
    public int? CharacterId { get; set; }
    public required string PatternType { get; set; }
    public required string PatternName { get; set; }
    public required string PatternValue { get; set; }
    public string? Context { get; set; }
    public string? Frequency { get; set; }
    public string? Description { get; set; }
}

/// <summary>Maps <c>character_communication_patterns</c>, which Scripts/Advanced/080_cdl_character_sections.sql creates; migrations leave it alone.</summary>
internal sealed class CharacterCommunicationPatternConfiguration : IEntityTypeConfiguration<CharacterCommunicationPattern>
{
    public void Configure(EntityTypeBuilder<CharacterCommunicationPattern> builder)
    {
        builder.ToScriptTable("character_communication_patterns", SchemaStage.Advanced);
        builder.HasOne<Character>().WithMany(c => c.CommunicationPatterns).HasForeignKey(e => e.CharacterId).OnDelete(DeleteBehavior.Cascade);
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).UseSerialColumn();
        builder.Property(e => e.PatternType).HasMaxLength(50);
        builder.Property(e => e.PatternName).HasMaxLength(100);
        builder.Property(e => e.Context).HasMaxLength(100);
        builder.Property(e => e.Frequency).HasMaxLength(20).HasDefaultValueSql("'regular'::character varying");
    }
}
