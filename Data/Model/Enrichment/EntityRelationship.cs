using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WhisperAspire.Data.Schema;

namespace WhisperAspire.Data.Model.Enrichment;

/// <summary>Directed entity-to-entity connections of the knowledge graph.</summary>
public sealed class EntityRelationship
{
    public int Id { get; set; }
    public int SourceEntityId { get; set; }
    public int TargetEntityId { get; set; }
    public required string RelationshipType { get; set; }
    public double? Strength { get; set; }
    public string? Context { get; set; }
    public DateTime? CreatedAt { get; set; }
    public DateTime? UpdatedAt { get; set; }
}

/// <summary>Maps <c>entity_relationships</c>, which Scripts/Enrichment/001_semantic_knowledge_graph.sql creates; migrations leave it alone.</summary>
internal sealed class EntityRelationshipConfiguration : IEntityTypeConfiguration<EntityRelationship>
{
    public void Configure(EntityTypeBuilder<EntityRelationship> builder)
    {
        builder.ToScriptTable("entity_relationships", SchemaStage.Enrichment);
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).UseIdentityByDefaultColumn();
        builder.Property(e => e.RelationshipType).HasMaxLength(100);
        builder.Property(e => e.Strength).HasDefaultValueSql("1.0");
        builder.Property(e => e.CreatedAt).HasColumnType("timestamp without time zone").HasDefaultValueSql("now()");
        builder.Property(e => e.UpdatedAt).HasColumnType("timestamp without time zone").HasDefaultValueSql("now()");
        builder.HasOne<FactEntity>().WithMany().HasForeignKey(e => e.SourceEntityId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<FactEntity>().WithMany().HasForeignKey(e => e.TargetEntityId).OnDelete(DeleteBehavior.Cascade);
    }
}
