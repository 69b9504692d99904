using Microsoft.EntityFrameworkCore;
using WhisperAspire.Data.Model.Core;

namespace WhisperAspire.Data;

/// <summary>
/// One model for the whole WhisperEngine schema. Tables created by EF Core migrations (the core stage) and
/// tables created by SQL scripts (enrichment and advanced stages) are all mapped here; the SQL-owned ones are
/// excluded from migrations in their own configurations, so the snapshot never creates or drops them.
/// </summary>
public class WhisperEngineDbContext(DbContextOptions<WhisperEngineDbContext> options) : DbContext(options)
{
    /// <summary>The connection-string name that the AppHost, the services and the tests agree on.</summary>
    public const string ConnectionName = "whisperengine";

    /// <summary>
    /// Snake_case table and column names, as the seeds have them. Applied wherever options are built rather than in
    /// OnConfiguring, because pooled contexts (AddNpgsqlDbContext) refuse options changed there.
    /// </summary>
    public static void UseNamingConvention(DbContextOptionsBuilder options) => options.UseSnakeCaseNamingConvention();

    public DbSet<User> Users => Set<User>();
    public DbSet<Character> Characters => Set<Character>();
    public DbSet<UserRelationship> UserRelationships => Set<UserRelationship>();
    public DbSet<UserFact> UserFacts => Set<UserFact>();
    public DbSet<BannedUser> BannedUsers => Set<BannedUser>();
    public DbSet<BotDeployment> BotDeployments => Set<BotDeployment>();
    public DbSet<PersonalityTrait> PersonalityTraits => Set<PersonalityTrait>();
    public DbSet<CommunicationStyle> CommunicationStyles => Set<CommunicationStyle>();
    public DbSet<CharacterValue> CharacterValues => Set<CharacterValue>();
    public DbSet<CharacterIdentity> CharacterIdentities => Set<CharacterIdentity>();
    public DbSet<CharacterAttribute> CharacterAttributes => Set<CharacterAttribute>();
    public DbSet<CharacterCommunication> CharacterCommunications => Set<CharacterCommunication>();
    public DbSet<CharacterEmotionalState> CharacterEmotionalStates => Set<CharacterEmotionalState>();
    public DbSet<CharacterLearningTimelineEntry> CharacterLearningTimeline => Set<CharacterLearningTimelineEntry>();
    public DbSet<CharacterInterest> CharacterInterests => Set<CharacterInterest>();
    public DbSet<CharacterInterestTopic> CharacterInterestTopics => Set<CharacterInterestTopic>();
    public DbSet<CharacterMemory> CharacterMemories => Set<CharacterMemory>();
    public DbSet<CharacterBackground> CharacterBackgrounds => Set<CharacterBackground>();
    public DbSet<CharacterRelationship> CharacterRelationships => Set<CharacterRelationship>();
    public DbSet<CharacterResponseMode> CharacterResponseModes => Set<CharacterResponseMode>();
    public DbSet<CharacterConversationMode> CharacterConversationModes => Set<CharacterConversationMode>();
    public DbSet<CharacterEntityCategory> CharacterEntityCategories => Set<CharacterEntityCategory>();
    public DbSet<CharacterQuestionTemplate> CharacterQuestionTemplates => Set<CharacterQuestionTemplate>();
    public DbSet<ConversationSummary> ConversationSummaries => Set<ConversationSummary>();
    public DbSet<CharacterLlmConfig> CharacterLlmConfigs => Set<CharacterLlmConfig>();
    public DbSet<CharacterDiscordConfig> CharacterDiscordConfigs => Set<CharacterDiscordConfig>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(WhisperEngineDbContext).Assembly);
}
