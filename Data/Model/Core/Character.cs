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
    public DateTime? CreatedAt { get; set; }
    public DateTime? UpdatedAt { get; set; }

    public CharacterIdentity? Identity { get; set; }
    public CharacterCommunication? Communication { get; set; }
    public CharacterBackground? Background { get; set; }

    public List<CharacterAttribute> Attributes { get; } = [];
    public List<PersonalityTrait> PersonalityTraits { get; } = [];
    public List<CommunicationStyle> CommunicationStyles { get; } = [];
    public List<CharacterValue> Values { get; } = [];
    public List<CharacterEmotionalState> EmotionalStates { get; } = [];
    public List<CharacterLearningTimelineEntry> LearningTimeline { get; } = [];
    public List<CharacterInterest> Interests { get; } = [];
    public List<CharacterMemory> Memories { get; } = [];
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
        builder.Property(e => e.Name).HasMaxLength(255);
        builder.Property(e => e.DisplayName).HasMaxLength(255);
        builder.Property(e => e.CharacterVersion).HasMaxLength(50);
        builder.Property(e => e.CreatedAt).IsLocalTimestampDefaultNow();
        builder.Property(e => e.UpdatedAt).IsLocalTimestampDefaultNow();

        // UNIQUE(name) and idx_characters_name cover the same column: one unique index under the seed's name.
        builder.HasIndex(e => e.Name).IsUnique().HasDatabaseName("idx_characters_name");
    }
}
