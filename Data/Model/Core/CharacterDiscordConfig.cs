using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WhisperAspire.Data.Model.Core;

/// <summary>
/// How a character behaves on Discord. Columns follow upstream's table, which (unlike the seed-defined tables)
/// stamps rows with time zone and keeps its restriction lists as json.
/// </summary>
public class CharacterDiscordConfig
{
    public int Id { get; set; }
    public int CharacterId { get; set; }
    public Character Character { get; set; } = null!;
    public string? DiscordBotToken { get; set; }
    public string? DiscordApplicationId { get; set; }
    public string? DiscordGuildId { get; set; }
    public string? DiscordStatusMessage { get; set; }
    public string? DiscordActivityType { get; set; }
    public int? MaxMessageLength { get; set; }
    public decimal? TypingDelaySeconds { get; set; }
    public bool? EnableReactions { get; set; }
    public bool? EnableTypingIndicator { get; set; }
    public bool? IsActive { get; set; }
    public DateTime? CreatedAt { get; set; }
    public DateTime? UpdatedAt { get; set; }
    public bool? EnableDiscord { get; set; }
    public string? DiscordGuildRestrictions { get; set; }
    public string? DiscordChannelRestrictions { get; set; }
    public string? DiscordStatus { get; set; }
}

internal sealed class CharacterDiscordConfigConfiguration : IEntityTypeConfiguration<CharacterDiscordConfig>
{
    public void Configure(EntityTypeBuilder<CharacterDiscordConfig> builder)
    {
        builder.ToTable("character_discord_config");
        builder.Property(e => e.DiscordApplicationId).HasMaxLength(100);
        builder.Property(e => e.DiscordGuildId).HasMaxLength(100);
        builder.Property(e => e.DiscordStatusMessage).HasMaxLength(200);
        builder.Property(e => e.DiscordActivityType).HasMaxLength(50).HasDefaultValue("playing");
        builder.Property(e => e.MaxMessageLength).HasDefaultValue(2000);
        builder.Property(e => e.TypingDelaySeconds).HasPrecision(3, 1).HasDefaultValue(2.0m);
        builder.Property(e => e.EnableReactions).HasDefaultValue(true);
        builder.Property(e => e.EnableTypingIndicator).HasDefaultValue(true);
        builder.Property(e => e.IsActive).HasDefaultValue(true);
        builder.Property(e => e.CreatedAt).HasColumnType("timestamp with time zone")
            .HasDefaultValueSql("CURRENT_TIMESTAMP");
        builder.Property(e => e.UpdatedAt).HasColumnType("timestamp with time zone")
            .HasDefaultValueSql("CURRENT_TIMESTAMP");
        builder.Property(e => e.EnableDiscord).HasDefaultValue(true);
        builder.Property(e => e.DiscordGuildRestrictions).HasColumnType("json");
        builder.Property(e => e.DiscordChannelRestrictions).HasColumnType("json");
        builder.Property(e => e.DiscordStatus).HasMaxLength(50).HasDefaultValue("online");

        // At most one active and one inactive configuration per character, as upstream constrains it.
        builder.HasIndex(e => new { e.CharacterId, e.IsActive }).IsUnique()
            .HasDatabaseName("character_discord_config_character_id_is_active_key");
        builder.HasIndex(e => e.IsActive).HasDatabaseName("idx_character_discord_config_active");
        builder.HasIndex(e => e.CharacterId).HasDatabaseName("idx_character_discord_config_character_id");
        builder.HasOne(e => e.Character).WithMany(c => c.DiscordConfigs)
            .HasForeignKey(e => e.CharacterId).OnDelete(DeleteBehavior.Cascade);
    }
}
