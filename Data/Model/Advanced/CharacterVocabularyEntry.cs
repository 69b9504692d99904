using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WhisperAspire.Data.Model.Core;
using WhisperAspire.Data.Schema;

namespace WhisperAspire.Data.Model.Advanced;

/// <summary>Words and phrases a character prefers or avoids (upstream definition).</summary>
public sealed class CharacterVocabularyEntry
{
    public int Id { get; set; }
    public int CharacterId { get; set; }
    public required string WordOrPhrase { get; set; }
    public required string Preference { get; set; }
    public string? UsageContext { get; set; }
    public string? Frequency { get; set; }
    public string? Reason { get; set; }
    public int? DisplayOrder { get; set; }
    public DateTime? CreatedAt { get; set; }
}

/// <summary>Maps <c>character_vocabulary</c>, which Scripts/Advanced/060_character_expression.sql creates; migrations leave it alone.</summary>
internal sealed class CharacterVocabularyEntryConfiguration : IEntityTypeConfiguration<CharacterVocabularyEntry>
{
    public void Configure(EntityTypeBuilder<CharacterVocabularyEntry> builder)
    {
        builder.ToScriptTable("character_vocabulary", SchemaStage.Advanced);
        builder.HasOne<Character>().WithMany(c => c.Vocabulary).HasForeignKey(e => e.CharacterId).OnDelete(DeleteBehavior.Cascade);
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).UseIdentityByDefaultColumn();
        builder.Property(e => e.Preference).HasMaxLength(100);
        builder.Property(e => e.Frequency).HasMaxLength(100);
        builder.Property(e => e.CreatedAt).HasColumnType("timestamp without time zone").HasDefaultValueSql("CURRENT_TIMESTAMP");
    }
}
