using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WhisperAspire.Data.Model.Core;

/// <summary>Someone (or something) in a character's social world.</summary>
public class CharacterRelationship
{
    public int Id { get; set; }
    public int CharacterId { get; set; }
    public Character Character { get; set; } = null!;
    public required string RelationshipType { get; set; }
    public required string EntityName { get; set; }
    public string? RelationshipDescription { get; set; }
    public string? EmotionalConnection { get; set; }
    public string? CurrentStatus { get; set; }
    public DateTime? CreatedAt { get; set; }
}

internal sealed class CharacterRelationshipConfiguration : IEntityTypeConfiguration<CharacterRelationship>
{
    public void Configure(EntityTypeBuilder<CharacterRelationship> builder)
    {
        builder.ToTable("character_relationships");
        builder.Property(e => e.RelationshipType).HasMaxLength(100);
        builder.Property(e => e.EntityName).HasMaxLength(200);
        builder.Property(e => e.EmotionalConnection).HasMaxLength(100);
        builder.Property(e => e.CurrentStatus).HasMaxLength(100);
        builder.Property(e => e.CreatedAt).IsLocalTimestampDefaultNow();

        builder.HasOne(e => e.Character).WithMany(c => c.Relationships)
            .HasForeignKey(e => e.CharacterId).OnDelete(DeleteBehavior.Cascade);
    }
}
