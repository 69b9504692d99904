using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WhisperAspire.Data.Model.Core;

/// <summary>
/// An AI character. Every character_* row hangs off it and is deleted with it, so loading one character with
/// its navigations yields its whole definition. The advanced-stage tables' navigations are in Character.AdvancedSections.cs.
/// </summary>
public partial class Character
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public string? DisplayName { get; set; }
    public string? CharacterVersion { get; set; }

    /// <summary>Production's lookup key (CDL loading reads characters by it); derived from <see cref="Name"/> by the database when left out.</summary>
    public string? NormalizedName { get; set; }
    public string? Occupation { get; set; }
    public string? Description { get; set; }
    public string? Archetype { get; set; }
    public bool? AllowFullRoleplay { get; set; }
    public bool? IsActive { get; set; }
    public string? EmojiFrequency { get; set; }
    public string? EmojiStyle { get; set; }
    public string? EmojiCombination { get; set; }
    public string? EmojiPlacement { get; set; }
    public string? EmojiAgeDemographic { get; set; }
    public string? EmojiCulturalInfluence { get; set; }
    public DateTime? CreatedAt { get; set; }
    public DateTime? UpdatedAt { get; set; }
    public DateTime? CreatedDate { get; set; }
    public DateTime? UpdatedDate { get; set; }

    public CharacterIdentity? Identity { get; set; }
    public CharacterCommunication? Communication { get; set; }

    public List<CharacterAttribute> Attributes { get; } = [];
    public List<PersonalityTrait> PersonalityTraits { get; } = [];
    public List<CommunicationStyle> CommunicationStyles { get; } = [];
    public List<CharacterValue> Values { get; } = [];
    public List<CharacterEmotionalState> EmotionalStates { get; } = [];
    public List<CharacterLearningTimelineEntry> LearningTimeline { get; } = [];
    public List<CharacterInterest> Interests { get; } = [];
    public List<CharacterMemory> Memories { get; } = [];
    public List<CharacterBackground> Background { get; } = [];
    public List<CharacterRelationship> Relationships { get; } = [];
    public List<CharacterResponseMode> ResponseModes { get; } = [];
    public List<CharacterConversationMode> ConversationModes { get; } = [];
    public List<CharacterEntityCategory> EntityCategories { get; } = [];
    public List<CharacterQuestionTemplate> QuestionTemplates { get; } = [];
    public List<CharacterLlmConfig> LlmConfigs { get; } = [];
    public List<CharacterDiscordConfig> DiscordConfigs { get; } = [];
    public List<BotDeployment> BotDeployments { get; } = [];
}

internal sealed class CharacterConfiguration : IEntityTypeConfiguration<Character>
{
    public void Configure(EntityTypeBuilder<Character> builder)
    {
        builder.ToTable("characters");
        builder.Property(e => e.Name).HasMaxLength(500);
        builder.Property(e => e.DisplayName).HasMaxLength(255);
        builder.Property(e => e.CharacterVersion).HasMaxLength(50);
        // NOT NULL in the database, filled by core_fill_characters() from name when an insert leaves it out.
        builder.Property(e => e.NormalizedName).HasMaxLength(200).IsFilledByTrigger();
        builder.Property(e => e.Occupation).HasMaxLength(500);
        builder.Property(e => e.Archetype).HasMaxLength(100).HasDefaultValueSql("'real-world'::character varying");
        builder.Property(e => e.AllowFullRoleplay).HasDefaultValue(false);
        builder.Property(e => e.IsActive).HasDefaultValue(true);
        builder.Property(e => e.EmojiFrequency).HasMaxLength(50).IsRequired().HasDefaultValueSql("'moderate'::character varying");
        builder.Property(e => e.EmojiStyle).HasMaxLength(50).IsRequired().HasDefaultValueSql("'general'::character varying");
        builder.Property(e => e.EmojiCombination).HasMaxLength(50).IsRequired().HasDefaultValueSql("'text_with_accent_emoji'::character varying");
        builder.Property(e => e.EmojiPlacement).HasMaxLength(50).IsRequired().HasDefaultValueSql("'end_of_message'::character varying");
        builder.Property(e => e.EmojiAgeDemographic).HasMaxLength(50).IsRequired().HasDefaultValueSql("'millennial'::character varying");
        builder.Property(e => e.EmojiCulturalInfluence).HasMaxLength(100).IsRequired().HasDefaultValueSql("'general'::character varying");
        // Production's timestamptz (a type decision in docs/schema.md); the seeds' TIMESTAMP values convert as UTC.
        builder.Property(e => e.CreatedAt).HasColumnType("timestamp with time zone").HasDefaultValueSql("now()");
        builder.Property(e => e.UpdatedAt).HasColumnType("timestamp with time zone").HasDefaultValueSql("now()");
        builder.Property(e => e.CreatedDate).IsLocalTimestamp().HasDefaultValueSql("CURRENT_TIMESTAMP");
        builder.Property(e => e.UpdatedDate).IsLocalTimestamp().HasDefaultValueSql("CURRENT_TIMESTAMP");

        // UNIQUE(name) and idx_characters_name cover the same column: one unique index under the seed's name.
        builder.HasIndex(e => e.Name).IsUnique().HasDatabaseName("idx_characters_name");
        // Production's constraint and its indexes, under their names (named overloads: several cover one column).
        builder.HasIndex(e => e.NormalizedName, "characters_normalized_name_key").HasDatabaseName("characters_normalized_name_key").IsUnique();
        builder.HasIndex(e => e.NormalizedName, "idx_characters_normalized_name").HasDatabaseName("idx_characters_normalized_name");
        builder.HasIndex(e => e.Name, "idx_characters_name_lookup").HasDatabaseName("idx_characters_name_lookup");
        builder.HasIndex(e => e.IsActive, "idx_characters_active").HasDatabaseName("idx_characters_active");
        builder.HasIndex(e => e.Id, "idx_characters_active_lookup").HasDatabaseName("idx_characters_active_lookup").HasFilter("(is_active = true)");
    }
}
