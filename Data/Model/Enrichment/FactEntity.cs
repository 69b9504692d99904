using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NpgsqlTypes;
using WhisperAspire.Data.Schema;

namespace WhisperAspire.Data.Model.Enrichment;

/// <summary>Semantic knowledge entities; search_vector is maintained by trigger for full-text search.</summary>
public sealed class FactEntity
{
    public Guid Id { get; set; }
    public required string EntityName { get; set; }
    public required string EntityType { get; set; }
    public string? Description { get; set; }
    public double? Confidence { get; set; }
    public DateTime? FirstMentioned { get; set; }
    public DateTime? LastUpdated { get; set; }
    public int? MentionCount { get; set; }
    public NpgsqlTsVector? SearchVector { get; set; }
    public string? Metadata { get; set; }
    public string? Category { get; set; }
    public string? Subcategory { get; set; }
    public string? Attributes { get; set; }
    public DateTime? CreatedAt { get; set; }
    public DateTime? UpdatedAt { get; set; }
}

/// <summary>Maps <c>fact_entities</c>, which Scripts/Enrichment/001_semantic_knowledge_graph.sql creates and 002 gives production's shape; migrations leave it alone.</summary>
internal sealed class FactEntityConfiguration : IEntityTypeConfiguration<FactEntity>
{
    public void Configure(EntityTypeBuilder<FactEntity> builder)
    {
        builder.ToScriptTable("fact_entities", SchemaStage.Enrichment);
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).HasDefaultValueSql("gen_random_uuid()");
        builder.Property(e => e.Confidence).HasDefaultValueSql("1.0");
        builder.Property(e => e.FirstMentioned).HasColumnType("timestamp without time zone").HasDefaultValueSql("now()");
        builder.Property(e => e.LastUpdated).HasColumnType("timestamp without time zone").HasDefaultValueSql("now()");
        builder.Property(e => e.MentionCount).HasDefaultValueSql("1");
        // A trigger computes the search vector on every write, so EF reads it back instead of writing it.
        builder.Property(e => e.SearchVector).ValueGeneratedOnAddOrUpdate();
        builder.Property(e => e.Metadata).HasColumnType("jsonb");
        builder.Property(e => e.Attributes).HasColumnType("jsonb").HasDefaultValueSql("'{}'::jsonb");
        builder.Property(e => e.CreatedAt).HasColumnType("timestamp without time zone").HasDefaultValueSql("now()");
        builder.Property(e => e.UpdatedAt).HasColumnType("timestamp without time zone").HasDefaultValueSql("now()");
    }
}
