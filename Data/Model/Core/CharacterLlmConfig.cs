using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WhisperAspire.Data.Model.Core;

/// <summary>
/// Which LLM a character runs on and with what sampling settings. Columns follow upstream's table, which
/// (unlike the seed-defined tables) stamps rows with time zone.
/// </summary>
public class CharacterLlmConfig
{
    public int Id { get; set; }
    public int CharacterId { get; set; }
    public Character Character { get; set; } = null!;
    public required string LlmClientType { get; set; }
    public required string LlmChatApiUrl { get; set; }
    public required string LlmChatModel { get; set; }
    public string? LlmChatApiKey { get; set; }
    public decimal? LlmTemperature { get; set; }
    public int? LlmMaxTokens { get; set; }
    public decimal? LlmTopP { get; set; }
    public decimal? LlmFrequencyPenalty { get; set; }
    public decimal? LlmPresencePenalty { get; set; }
    public bool? IsActive { get; set; }
    public DateTime? CreatedAt { get; set; }
    public DateTime? UpdatedAt { get; set; }
}

internal sealed class CharacterLlmConfigConfiguration : IEntityTypeConfiguration<CharacterLlmConfig>
{
    public void Configure(EntityTypeBuilder<CharacterLlmConfig> builder)
    {
        builder.ToTable("character_llm_config");
        builder.Property(e => e.LlmClientType).HasMaxLength(100).HasDefaultValue("openrouter");
        builder.Property(e => e.LlmChatApiUrl).HasMaxLength(500).HasDefaultValue("https://openrouter.ai/api/v1");
        builder.Property(e => e.LlmChatModel).HasMaxLength(200).HasDefaultValue("anthropic/claude-3-haiku");
        builder.Property(e => e.LlmTemperature).HasPrecision(3, 2).HasDefaultValue(0.7m);
        builder.Property(e => e.LlmMaxTokens).HasDefaultValue(4000);
        builder.Property(e => e.LlmTopP).HasPrecision(3, 2).HasDefaultValue(0.9m);
        builder.Property(e => e.LlmFrequencyPenalty).HasPrecision(3, 2).HasDefaultValue(0.0m);
        builder.Property(e => e.LlmPresencePenalty).HasPrecision(3, 2).HasDefaultValue(0.0m);
        builder.Property(e => e.IsActive).HasDefaultValue(true);
        builder.Property(e => e.CreatedAt).HasColumnType("timestamp with time zone")
            .HasDefaultValueSql("CURRENT_TIMESTAMP");
        builder.Property(e => e.UpdatedAt).HasColumnType("timestamp with time zone")
            .HasDefaultValueSql("CURRENT_TIMESTAMP");

        // At most one active and one inactive configuration per character, as upstream constrains it.
        builder.HasIndex(e => new { e.CharacterId, e.IsActive }).IsUnique()
            .HasDatabaseName("character_llm_config_character_id_is_active_key");
        builder.HasIndex(e => e.IsActive).HasDatabaseName("idx_character_llm_config_active");
        builder.HasIndex(e => e.CharacterId).HasDatabaseName("idx_character_llm_config_character_id");
        builder.HasOne(e => e.Character).WithMany(c => c.LlmConfigs)
            .HasForeignKey(e => e.CharacterId).OnDelete(DeleteBehavior.Cascade);
    }
}
