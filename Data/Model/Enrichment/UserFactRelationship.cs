using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WhisperAspire.Data.Schema;

namespace WhisperAspire.Data.Model.Enrichment;

/// <summary>Links a user, as seen by one bot, to a knowledge entity.</summary>
public sealed class UserFactRelationship
{
    public int Id { get; set; }
    public required string UserId { get; set; }
    public required string BotName { get; set; }
    public int EntityId { get; set; }
    public required string RelationshipType { get; set; }
    public double? RelationshipStrength { get; set; }
    public string? Context { get; set; }
    public DateTime? CreatedAt { get; set; }
    public DateTime? UpdatedAt { get; set; }
}

/// <summary>Maps <c>user_fact_relationships</c>, which Scripts/Enrichment/001_semantic_knowledge_graph.sql creates; migrations leave it alone.</summary>
internal sealed class UserFactRelationshipConfiguration : IEntityTypeConfiguration<UserFactRelationship>
{
    public void Configure(EntityTypeBuilder<UserFactRelationship> builder)
    {
        builder.ToScriptTable("user_fact_relationships", SchemaStage.Enrichment);
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).UseIdentityByDefaultColumn();
        builder.Property(e => e.UserId).HasMaxLength(255);
        builder.Property(e => e.BotName).HasMaxLength(100);
        builder.Property(e => e.RelationshipType).HasMaxLength(100);
        builder.Property(e => e.RelationshipStrength).HasDefaultValueSql("1.0");
        builder.Property(e => e.CreatedAt).HasColumnType("timestamp without time zone").HasDefaultValueSql("now()");
        builder.Property(e => e.UpdatedAt).HasColumnType("timestamp without time zone").HasDefaultValueSql("now()");
        builder.HasOne<FactEntity>().WithMany().HasForeignKey(e => e.EntityId).OnDelete(DeleteBehavior.Cascade);
    }
}
