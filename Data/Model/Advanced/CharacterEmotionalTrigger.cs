using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WhisperAspire.Data.Model.Core;
using WhisperAspire.Data.Schema;

namespace WhisperAspire.Data.Model.Advanced;

/// <summary>What moves a character emotionally and how it responds (upstream definition).</summary>
public sealed class CharacterEmotionalTrigger
{
    public int Id { get; set; }
    public int? CharacterId { get; set; }
    public required string TriggerType { get; set; }
    public string? TriggerCategory { get; set; }
    public required string TriggerContent { get; set; }
    public string? EmotionalResponse { get; set; }
    public string? ResponseIntensity { get; set; }
    public string? ResponseExamples { get; set; }
}

/// <summary>Maps <c>character_emotional_triggers</c>, which Scripts/Advanced/060_character_expression.sql creates; migrations leave it alone.</summary>
internal sealed class CharacterEmotionalTriggerConfiguration : IEntityTypeConfiguration<CharacterEmotionalTrigger>
{
    public void Configure(EntityTypeBuilder<CharacterEmotionalTrigger> builder)
    {
        builder.ToScriptTable("character_emotional_triggers", SchemaStage.Advanced);
        builder.HasOne<Character>().WithMany(c => c.EmotionalTriggers).HasForeignKey(e => e.CharacterId).OnDelete(DeleteBehavior.Cascade);
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).UseIdentityByDefaultColumn();
        builder.Property(e => e.TriggerType).HasMaxLength(100);
        builder.Property(e => e.TriggerCategory).HasMaxLength(100);
        builder.Property(e => e.ResponseIntensity).HasMaxLength(50);
    }
}
