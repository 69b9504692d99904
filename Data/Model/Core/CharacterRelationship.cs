using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WhisperAspire.Data.Model.Core;

/// <summary>Someone (or something) in a character's social world.</summary>
public class CharacterRelationship
{
    public int Id { get; set; }
    public int? CharacterId { get; set; }
    public Character? Character { get; set; }
    public required string RelationshipType { get; set; }
    public required string EntityName { get; set; }
    public string? RelationshipDescription { get; set; }
    public string? EmotionalConnection { get; set; }
    public string? CurrentStatus { get; set; }
    public DateTime? CreatedAt { get; set; }

    // Production's columns; related_entity is NOT NULL there and mirrors entity_name (core_fill_character_relationships()).
    public string? RelatedEntity { get; set; }
    public int? RelationshipStrength { get; set; }
    public string? Description { get; set; }
    public string? Status { get; set; }
    public DateTime? CreatedDate { get; set; }
    public string? CommunicationStyle { get; set; }
    public string? MemorySharing { get; set; }
    public string? NameUsage { get; set; }
    public string? ConnectionNature { get; set; }
    public string? RecognitionPattern { get; set; }
}

internal sealed class CharacterRelationshipConfiguration : IEntityTypeConfiguration<CharacterRelationship>
{
    public void Configure(EntityTypeBuilder<CharacterRelationship> builder)
    {
        builder.ToTable("character_relationships");
        builder.Property(e => e.RelationshipType).HasMaxLength(100);
        builder.Property(e => e.EntityName).HasMaxLength(200);
        builder.Property(e => e.RelatedEntity).HasMaxLength(200).IsFilledByTrigger();
        builder.Property(e => e.RelationshipStrength).HasDefaultValue(5);
        builder.Property(e => e.Status).HasMaxLength(20).HasDefaultValueSql("'active'::character varying");
        builder.Property(e => e.CreatedDate).IsLocalTimestamp().HasDefaultValueSql("CURRENT_TIMESTAMP");
        builder.HasIndex(e => new { e.CharacterId, e.RelationshipStrength }, "idx_character_relationships_strength").HasDatabaseName("idx_character_relationships_strength").IsDescending(false, true);
        builder.HasIndex(e => new { e.CharacterId, e.RelationshipType }, "idx_character_relationships_type").HasDatabaseName("idx_character_relationships_type");
        builder.HasIndex(e => new { e.CharacterId, e.RelationshipType, e.RelationshipStrength }, "idx_character_relationships_type_strength").HasDatabaseName("idx_character_relationships_type_strength").IsDescending(false, false, true);
        builder.Property(e => e.EmotionalConnection).HasMaxLength(100);
        builder.Property(e => e.CurrentStatus).HasMaxLength(100);
        builder.Property(e => e.CreatedAt).IsLocalTimestampDefaultNow();

        builder.HasOne(e => e.Character).WithMany(c => c.Relationships)
            .HasForeignKey(e => e.CharacterId).OnDelete(DeleteBehavior.Cascade);
    }
}
