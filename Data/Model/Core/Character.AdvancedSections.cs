using WhisperAspire.Data.Model.Advanced;

namespace WhisperAspire.Data.Model.Core;

/// <summary>
/// The character tables the advanced-features scripts create, as navigations so a character loads, serializes and
/// cascades as one definition. Two character tables are deliberately absent: <c>character_insights</c> (learned in
/// conversation, with its own relationship graph) and <c>character_optimizer_configs</c> (optimizer results hang from
/// it); replacing a definition must not erase what the running system accumulated.
/// <c>character_deployment_config</c> has no navigation either: ports, limits and deployment status are how a bot runs, not who it is.
/// </summary>
public partial class Character
{
    public List<CharacterAbility> Abilities { get; } = [];
    public List<CharacterBehavioralTrigger> BehavioralTriggers { get; } = [];
    public List<CharacterConversationFlow> ConversationFlows { get; } = [];
    public List<CharacterCulturalExpression> CulturalExpressions { get; } = [];
    public List<CharacterCurrentGoal> CurrentGoals { get; } = [];
    public List<CharacterDirective> Directives { get; } = [];
    public List<CharacterEmojiPattern> EmojiPatterns { get; } = [];
    public List<CharacterEmotionalTrigger> EmotionalTriggers { get; } = [];
    public List<CharacterExpertiseDomain> ExpertiseDomains { get; } = [];
    public List<CharacterGrowthObjective> GrowthObjectives { get; } = [];
    public List<CharacterInstruction> Instructions { get; } = [];
    public List<CharacterMetacognitiveTrait> MetacognitiveTraits { get; } = [];
    public List<CharacterPlatformConfig> PlatformConfigs { get; } = [];
    public List<CharacterSpeechPattern> SpeechPatterns { get; } = [];
    public List<CharacterSystemPromptConfig> SystemPromptConfigs { get; } = [];
    public List<CharacterThematicElement> ThematicElements { get; } = [];
    public List<CharacterTraitRelationship> TraitRelationships { get; } = [];
    public List<CharacterVocabularyEntry> Vocabulary { get; } = [];
    public List<CharacterVoicePattern> VoicePatterns { get; } = [];
    public List<CharacterVoiceTrait> VoiceTraits { get; } = [];
    public List<CharacterWorkflowConfig> WorkflowConfigs { get; } = [];
    public CharacterRoleplayConfig? RoleplayConfig { get; set; }
    public MemoryManagerConfig? MemoryManagerConfig { get; set; }

    // Production's CDL sections (Scripts/Advanced/080_cdl_character_sections.sql).
    public List<CharacterAppearance> Appearance { get; } = [];
    public List<CharacterEssence> Essences { get; } = [];
    public List<CharacterMetadata> Metadata { get; } = [];
    public List<CharacterCommunicationPattern> CommunicationPatterns { get; } = [];
    public List<CharacterResponseGuideline> ResponseGuidelines { get; } = [];
    public List<CharacterConversationContext> ConversationContexts { get; } = [];
    public List<CharacterMessageTrigger> MessageTriggers { get; } = [];
    public List<CharacterAiScenario> AiScenarios { get; } = [];
    public List<CharacterEmotionRange> EmotionRange { get; } = [];
    public CharacterIdentityDetails? IdentityDetails { get; set; }
    public CharacterVoiceProfile? VoiceProfile { get; set; }
    public CharacterResponseStyle? ResponseStyle { get; set; }
    public CharacterGeneralConversation? GeneralConversation { get; set; }
    public CharacterEmotionProfile? EmotionProfile { get; set; }
    public CharacterCurrentContext? CurrentContext { get; set; }
}
