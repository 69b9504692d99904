using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WhisperAspire.Data.Schema;

namespace WhisperAspire.Data.Model.Enrichment;

/// <summary>Directed entity-to-entity connections of the knowledge graph.</summary>
public sealed class EntityRelationship
{
    public Guid Id { get; set; }
    /// <summary>The seeds' end; production's <see cref="FromEntityId"/> holds the same entity (a trigger keeps them equal).</summary>
    public Guid SourceEntityId { get; set; }
    public Guid TargetEntityId { get; set; }
    public Guid FromEntityId { get; set; }
    public Guid ToEntityId { get; set; }
    public double? Weight { get; set; }
    public bool? Bidirectional { get; set; }
    public string? Metadata { get; set; }
    public required string RelationshipType { get; set; }
    public double? Strength { get; set; }
    public string? Context { get; set; }
    public DateTime? CreatedAt { get; set; }
    public DateTime? UpdatedAt { get; set; }
}

/// <summary>Maps <c>entity_relationships</c>, which Scripts/Enrichment/001_semantic_knowledge_graph.sql creates and 002 gives production's shape; migrations leave it alone.</summary>
internal sealed class EntityRelationshipConfiguration : IEntityTypeConfiguration<EntityRelationship>
{
    public void Configure(EntityTypeBuilder<EntityRelationship> builder)
    {
        builder.ToScriptTable("entity_relationships", SchemaStage.Enrichment);
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).HasDefaultValueSql("gen_random_uuid()");
        builder.Property(e => e.Weight).HasDefaultValueSql("0.5");
        builder.Property(e => e.Bidirectional).HasDefaultValueSql("false");
        builder.Property(e => e.Metadata).HasColumnType("jsonb").HasDefaultValueSql("'{}'::jsonb");
        builder.Property(e => e.Strength).HasDefaultValueSql("1.0");
        builder.Property(e => e.CreatedAt).HasColumnType("timestamp without time zone").HasDefaultValueSql("now()");
        builder.Property(e => e.UpdatedAt).HasColumnType("timestamp without time zone").HasDefaultValueSql("now()");
        builder.HasOne<FactEntity>().WithMany().HasForeignKey(e => e.SourceEntityId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<FactEntity>().WithMany().HasForeignKey(e => e.TargetEntityId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<FactEntity>().WithMany().HasForeignKey(e => e.FromEntityId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<FactEntity>().WithMany().HasForeignKey(e => e.ToEntityId).OnDelete(DeleteBehavior.Cascade);
    }
}
