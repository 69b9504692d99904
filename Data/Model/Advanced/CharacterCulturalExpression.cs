using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WhisperAspire.Data.Model.Core;
using WhisperAspire.Data.Schema;

namespace WhisperAspire.Data.Model.Advanced;

/// <summary>Culturally rooted expressions a character uses, with meaning and context (upstream definition).</summary>
public sealed class CharacterCulturalExpression
{
    public int Id { get; set; }
    public int? CharacterId { get; set; }
    public required string ExpressionType { get; set; }
    public required string ExpressionValue { get; set; }
    public string? Meaning { get; set; }
    public string? UsageContext { get; set; }
    public string? EmotionalContext { get; set; }
    public string? Frequency { get; set; }
}

/// <summary>Maps <c>character_cultural_expressions</c>, which Scripts/Advanced/060_character_expression.sql creates; migrations leave it alone.</summary>
internal sealed class CharacterCulturalExpressionConfiguration : IEntityTypeConfiguration<CharacterCulturalExpression>
{
    public void Configure(EntityTypeBuilder<CharacterCulturalExpression> builder)
    {
        builder.ToScriptTable("character_cultural_expressions", SchemaStage.Advanced);
        builder.HasOne<Character>().WithMany(c => c.CulturalExpressions).HasForeignKey(e => e.CharacterId).OnDelete(DeleteBehavior.Cascade);
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).UseIdentityByDefaultColumn();
        builder.Property(e => e.ExpressionType).HasMaxLength(100);
        builder.Property(e => e.EmotionalContext).HasMaxLength(50);
        builder.Property(e => e.Frequency).HasMaxLength(50);
    }
}
