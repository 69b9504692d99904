using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WhisperAspire.Data.Model.Core;
using WhisperAspire.Data.Schema;

namespace WhisperAspire.Data.Model.Advanced;

/// <summary>Our design: how aware a character is of each of its own tendencies, and the prompt it uses to reflect on it.</summary>
public sealed class CharacterMetacognitiveTrait
{
    public int Id { get; set; }
    public int CharacterId { get; set; }
    public required string TraitName { get; set; }
    public decimal? AwarenessLevel { get; set; }
    public string? Description { get; set; }
    public string? ReflectionPrompt { get; set; }
    public bool? IsActive { get; set; }
    public DateTime? CreatedAt { get; set; }
    public DateTime? UpdatedAt { get; set; }
}

/// <summary>Maps <c>character_metacognitive_traits</c>, which Scripts/Advanced/010_character_intelligence.sql creates; migrations leave it alone.</summary>
internal sealed class CharacterMetacognitiveTraitConfiguration : IEntityTypeConfiguration<CharacterMetacognitiveTrait>
{
    public void Configure(EntityTypeBuilder<CharacterMetacognitiveTrait> builder)
    {
        builder.ToScriptTable("character_metacognitive_traits", SchemaStage.Advanced);
        builder.HasOne<Character>().WithMany(c => c.MetacognitiveTraits).HasForeignKey(e => e.CharacterId).OnDelete(DeleteBehavior.Cascade);
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).UseIdentityByDefaultColumn();
        builder.Property(e => e.TraitName).HasMaxLength(100);
        builder.Property(e => e.AwarenessLevel).HasPrecision(3, 2).HasDefaultValueSql("0.50");
        builder.Property(e => e.IsActive).HasDefaultValueSql("true");
        builder.Property(e => e.CreatedAt).HasColumnType("timestamp without time zone").HasDefaultValueSql("now()");
        builder.Property(e => e.UpdatedAt).HasColumnType("timestamp without time zone").HasDefaultValueSql("now()");
    }
}
