using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WhisperAspire.Data.Model.Core;

/// <summary>A topic within one of a character's interests, with how deep the knowledge goes.</summary>
public class CharacterInterestTopic
{
    public int Id { get; set; }
    public int? InterestId { get; set; }
    public CharacterInterest? Interest { get; set; }

    /// <summary>Production's key; core_fill_character_interest_topics() takes it from the interest when one is given.</summary>
    public int? CharacterId { get; set; }
    public required string TopicName { get; set; }
    public string? KnowledgeDepth { get; set; }
    public string? EnthusiasmLevel { get; set; }
    public string? SpecificDetails { get; set; }
    public DateTime? CreatedAt { get; set; }
    public string? TopicKeyword { get; set; }
    public double BoostWeight { get; set; }
    public string? GapTypePreference { get; set; }
    public string? Category { get; set; }
    public DateTime? UpdatedAt { get; set; }
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
        builder.Property(e => e.CharacterId).IsFilledByTrigger();
        builder.Property(e => e.TopicKeyword).HasMaxLength(100).IsFilledByTrigger();
        builder.Property(e => e.BoostWeight).HasDefaultValue(0.3);
        builder.Property(e => e.GapTypePreference).HasMaxLength(50);
        builder.Property(e => e.Category).HasMaxLength(50).HasDefaultValueSql("'general'::character varying");
        builder.Property(e => e.UpdatedAt).IsLocalTimestamp().HasDefaultValueSql("CURRENT_TIMESTAMP");

        builder.HasIndex(e => e.InterestId).HasDatabaseName("idx_character_interest_topics_interest");
        builder.HasOne(e => e.Interest).WithMany(i => i.Topics)
            .HasForeignKey(e => e.InterestId).OnDelete(DeleteBehavior.Cascade);

        builder.HasIndex(e => new { e.CharacterId, e.TopicKeyword }, "character_interest_topics_character_id_topic_keyword_key").HasDatabaseName("character_interest_topics_character_id_topic_keyword_key").IsUnique();
        builder.HasIndex(e => e.CharacterId, "idx_character_interest_topics_character_id").HasDatabaseName("idx_character_interest_topics_character_id");
        builder.HasIndex(e => e.TopicKeyword, "idx_character_interest_topics_keyword").HasDatabaseName("idx_character_interest_topics_keyword");
        // The key to characters (production's ON DELETE CASCADE) is created by the migration's SQL, not mapped: a mapped
        // required key would make EF refuse a topic whose character the database derives from its interest.
    }
}
