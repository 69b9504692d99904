using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WhisperAspire.Data.Schema;

namespace WhisperAspire.Data.Model.Enrichment;

/// <summary>Links a user, as seen by one bot, to a knowledge entity.</summary>
public sealed class UserFactRelationship
{
    public Guid Id { get; set; }
    public required string UserId { get; set; }
    /// <summary>The seeds' per-bot column; production names the bot in <see cref="MentionedByCharacter"/>, and a trigger fills each from the other.</summary>
    public string? BotName { get; set; }
    public Guid EntityId { get; set; }
    public required string RelationshipType { get; set; }
    public double? RelationshipStrength { get; set; }
    public string? Context { get; set; }
    public DateTime? CreatedAt { get; set; }
    public DateTime? UpdatedAt { get; set; }
    public double? Confidence { get; set; }
    public double? Strength { get; set; }
    public string? EmotionalContext { get; set; }
    public string? ContextMetadata { get; set; }
    public string? SourceConversationId { get; set; }
    public string? MentionedByCharacter { get; set; }
    public string? SourcePlatform { get; set; }
    public string? RelatedEntities { get; set; }
}

/// <summary>Maps <c>user_fact_relationships</c>, which Scripts/Enrichment/001_semantic_knowledge_graph.sql creates and 002 gives production's shape; migrations leave it alone.</summary>
internal sealed class UserFactRelationshipConfiguration : IEntityTypeConfiguration<UserFactRelationship>
{
    public void Configure(EntityTypeBuilder<UserFactRelationship> builder)
    {
        builder.ToScriptTable("user_fact_relationships", SchemaStage.Enrichment);
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).HasDefaultValueSql("gen_random_uuid()");
        builder.Property(e => e.UserId).HasMaxLength(255);
        builder.Property(e => e.BotName).HasMaxLength(100);
        builder.Property(e => e.Confidence).HasDefaultValueSql("0.5");
        builder.Property(e => e.Strength).HasDefaultValueSql("0.5");
        builder.Property(e => e.ContextMetadata).HasColumnType("jsonb").HasDefaultValueSql("'{}'::jsonb");
        builder.Property(e => e.SourcePlatform).HasDefaultValueSql("'discord'::text");
        builder.Property(e => e.RelatedEntities).HasColumnType("jsonb").HasDefaultValueSql("'[]'::jsonb");
        builder.Property(e => e.RelationshipStrength).HasDefaultValueSql("1.0");
        builder.Property(e => e.CreatedAt).HasColumnType("timestamp without time zone").HasDefaultValueSql("now()");
        builder.Property(e => e.UpdatedAt).HasColumnType("timestamp without time zone").HasDefaultValueSql("now()");
        builder.HasOne<FactEntity>().WithMany().HasForeignKey(e => e.EntityId).OnDelete(DeleteBehavior.Cascade);
    }
}
