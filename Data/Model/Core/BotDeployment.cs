using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WhisperAspire.Data.Model.Core;

/// <summary>
/// A running bot: which character it plays and how to reach it. Production's keys won: one deployment per character,
/// each with its own container and port. The seed's bot name and encrypted token stay (core_fill_bot_deployments()
/// derives whichever side an insert does not know).
/// </summary>
public class BotDeployment
{
    public int Id { get; set; }
    public string? BotName { get; set; }
    public int CharacterId { get; set; }
    public Character? Character { get; set; }
    public string? ContainerName { get; set; }
    public int? Port { get; set; }
    public string? DiscordTokenEncrypted { get; set; }
    public int? HealthEndpointPort { get; set; }
    public int? ChatEndpointPort { get; set; }
    public string? Status { get; set; }
    public string? Config { get; set; }
    public string? ErrorMessage { get; set; }
    public DateTime? LastHealthCheck { get; set; }
    public string? DeploymentConfig { get; set; }
    public DateTime? CreatedAt { get; set; }
    public DateTime? UpdatedAt { get; set; }
    public DateTime? DeployedAt { get; set; }
    public DateTime? StoppedAt { get; set; }
}

internal sealed class BotDeploymentConfiguration : IEntityTypeConfiguration<BotDeployment>
{
    public void Configure(EntityTypeBuilder<BotDeployment> builder)
    {
        builder.ToTable("bot_deployments");
        builder.Property(e => e.BotName).HasMaxLength(100).IsFilledByTrigger();
        builder.Property(e => e.ContainerName).HasMaxLength(255).IsFilledByTrigger();
        builder.Property(e => e.Port).IsFilledByTrigger();
        // Empty = no token stored (production's deployments have none).
        builder.Property(e => e.DiscordTokenEncrypted).IsRequired().HasDefaultValueSql("''::text");
        builder.Property(e => e.Status).HasMaxLength(50).IsRequired().HasDefaultValueSql("'deploying'::character varying");
        builder.Property(e => e.Config).HasColumnType("json");
        builder.Property(e => e.ErrorMessage).HasColumnType("text");
        builder.Property(e => e.LastHealthCheck).IsLocalTimestamp();
        builder.Property(e => e.DeploymentConfig).HasColumnType("jsonb");
        builder.Property(e => e.CreatedAt).HasColumnType("timestamp with time zone").HasDefaultValueSql("now()");
        builder.Property(e => e.UpdatedAt).IsLocalTimestampDefaultNow();
        builder.Property(e => e.DeployedAt).HasColumnType("timestamp with time zone");
        builder.Property(e => e.StoppedAt).HasColumnType("timestamp with time zone");

        builder.HasIndex(e => e.BotName).IsUnique().HasDatabaseName("bot_deployments_bot_name_key");
        builder.HasIndex(e => e.CharacterId, "bot_deployments_character_id_key").HasDatabaseName("bot_deployments_character_id_key").IsUnique();
        builder.HasIndex(e => e.ContainerName, "bot_deployments_container_name_key").HasDatabaseName("bot_deployments_container_name_key").IsUnique();
        builder.HasIndex(e => e.Port, "bot_deployments_port_key").HasDatabaseName("bot_deployments_port_key").IsUnique();
        builder.HasIndex(e => e.CharacterId, "idx_bot_deployments_character_id").HasDatabaseName("idx_bot_deployments_character_id");
        builder.HasIndex(e => e.Port, "idx_bot_deployments_port").HasDatabaseName("idx_bot_deployments_port");
        builder.HasIndex(e => e.Status, "idx_bot_deployments_status").HasDatabaseName("idx_bot_deployments_status");

        // Production's key: a deployment goes with the character it plays.
        builder.HasOne(e => e.Character).WithMany(c => c.BotDeployments)
            .HasForeignKey(e => e.CharacterId).OnDelete(DeleteBehavior.Cascade);
    }
}
