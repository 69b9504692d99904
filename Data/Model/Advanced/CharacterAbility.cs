using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WhisperAspire.Data.Model.Core;
using WhisperAspire.Data.Schema;

namespace WhisperAspire.Data.Model.Advanced;

/// <summary>Skills and capabilities of a character with a proficiency level (upstream definition).</summary>
public sealed class CharacterAbility
{
    public int Id { get; set; }
    public int? CharacterId { get; set; }
    public required string Category { get; set; }
    public required string AbilityName { get; set; }
    public int? ProficiencyLevel { get; set; }
    public string? Description { get; set; }
    public string? DevelopmentMethod { get; set; }
    public string? UsageFrequency { get; set; }
}

/// <summary>Maps <c>character_abilities</c>, which Scripts/Advanced/010_character_intelligence.sql creates; migrations leave it alone.</summary>
internal sealed class CharacterAbilityConfiguration : IEntityTypeConfiguration<CharacterAbility>
{
    public void Configure(EntityTypeBuilder<CharacterAbility> builder)
    {
        builder.ToScriptTable("character_abilities", SchemaStage.Advanced);
        builder.HasOne<Character>().WithMany(c => c.Abilities).HasForeignKey(e => e.CharacterId).OnDelete(DeleteBehavior.Cascade);
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).UseIdentityByDefaultColumn();
        builder.Property(e => e.Category).HasMaxLength(50);
        builder.Property(e => e.AbilityName).HasMaxLength(100);
        builder.Property(e => e.ProficiencyLevel).HasDefaultValueSql("5");
        builder.Property(e => e.UsageFrequency).HasMaxLength(20).HasDefaultValueSql("'regular'::character varying");
    }
}
