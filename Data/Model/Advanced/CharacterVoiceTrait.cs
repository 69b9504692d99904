using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WhisperAspire.Data.Model.Core;
using WhisperAspire.Data.Schema;

namespace WhisperAspire.Data.Model.Advanced;

/// <summary>Qualities of a character's voice by situation (upstream definition).</summary>
public sealed class CharacterVoiceTrait
{
    public int Id { get; set; }
    public int? CharacterId { get; set; }
    public required string TraitType { get; set; }
    public required string TraitValue { get; set; }
    public string? SituationalContext { get; set; }
    public string? Examples { get; set; }
}

/// <summary>Maps <c>character_voice_traits</c>, which Scripts/Advanced/060_character_expression.sql creates; migrations leave it alone.</summary>
internal sealed class CharacterVoiceTraitConfiguration : IEntityTypeConfiguration<CharacterVoiceTrait>
{
    public void Configure(EntityTypeBuilder<CharacterVoiceTrait> builder)
    {
        builder.ToScriptTable("character_voice_traits", SchemaStage.Advanced);
        builder.HasOne<Character>().WithMany(c => c.VoiceTraits).HasForeignKey(e => e.CharacterId).OnDelete(DeleteBehavior.Cascade);
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).UseIdentityByDefaultColumn();
        builder.Property(e => e.TraitType).HasMaxLength(100);
    }
}
