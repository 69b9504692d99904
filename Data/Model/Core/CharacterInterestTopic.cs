using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WhisperAspire.Data.Model.Core;

/// <summary>A topic within one of a character's interests, with how deep the knowledge goes.</summary>
public class CharacterInterestTopic
{
    public int Id { get; set; }
    public int InterestId { get; set; }
    public CharacterInterest Interest { get; set; } = null!;
    public required string TopicName { get; set; }
    public string? KnowledgeDepth { get; set; }
    public string? EnthusiasmLevel { get; set; }
    public string? SpecificDetails { get; set; }
    public DateTime? CreatedAt { get; set; }
}

internal sealed class CharacterInterestTopicConfiguration : IEntityTypeConfiguration<CharacterInterestTopic>
{
    public void Configure(EntityTypeBuilder<CharacterInterestTopic> builder)
    {
        builder.ToTable("character_interest_topics");
        builder.Property(e => e.TopicName).HasMaxLength(200);
        builder.Property(e => e.KnowledgeDepth).HasMaxLength(100);
        builder.Property(e => e.EnthusiasmLevel).HasMaxLength(100);
        builder.Property(e => e.CreatedAt).IsLocalTimestampDefaultNow();

        builder.HasIndex(e => e.InterestId).HasDatabaseName("idx_character_interest_topics_interest");
        builder.HasOne(e => e.Interest).WithMany(i => i.Topics)
            .HasForeignKey(e => e.InterestId).OnDelete(DeleteBehavior.Cascade);
    }
}
