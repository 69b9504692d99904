using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WhisperAspire.Data.Schema;

namespace WhisperAspire.Data.Model.Advanced;

/// <summary>How two insights of a character relate (upstream definition).</summary>
public sealed class CharacterInsightRelationship
{
    public int Id { get; set; }
    public int FromInsightId { get; set; }
    public int ToInsightId { get; set; }
    public required string RelationshipType { get; set; }
    public double Strength { get; set; } = 0.5;
    public DateTimeOffset CreatedDate { get; set; }
}

/// <summary>Maps <c>character_insight_relationships</c>, which Scripts/Advanced/010_character_intelligence.sql creates; migrations leave it alone.</summary>
internal sealed class CharacterInsightRelationshipConfiguration : IEntityTypeConfiguration<CharacterInsightRelationship>
{
    public void Configure(EntityTypeBuilder<CharacterInsightRelationship> builder)
    {
        builder.ToScriptTable("character_insight_relationships", SchemaStage.Advanced);
        builder.HasKey(e => e.Id);
        // Constant column defaults are property initializers, not HasDefaultValueSql: EF would treat an
        // explicit false or 0 as "unset" and let the database default replace it.
        builder.Property(e => e.Id).UseIdentityByDefaultColumn();
        builder.Property(e => e.RelationshipType).HasMaxLength(50);
        builder.Property(e => e.CreatedDate).HasColumnType("timestamp with time zone").HasDefaultValueSql("CURRENT_TIMESTAMP");
        builder.HasOne<CharacterInsight>().WithMany().HasForeignKey(e => e.FromInsightId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<CharacterInsight>().WithMany().HasForeignKey(e => e.ToInsightId).OnDelete(DeleteBehavior.Cascade);
    }
}
