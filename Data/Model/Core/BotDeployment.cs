using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WhisperAspire.Data.Model.Core;

/// <summary>A running bot: which character it plays and how to reach it.</summary>
public class BotDeployment
{
    public int Id { get; set; }
    public required string BotName { get; set; }
    public int? CharacterId { get; set; }
    public Character? Character { get; set; }
    public required string DiscordTokenEncrypted { get; set; }
    public int? HealthEndpointPort { get; set; }
    public int? ChatEndpointPort { get; set; }
    public string? Status { get; set; }
    public DateTime? LastHealthCheck { get; set; }
    public string? DeploymentConfig { get; set; }
    public DateTime? CreatedAt { get; set; }
    public DateTime? UpdatedAt { get; set; }
}

internal sealed class BotDeploymentConfiguration : IEntityTypeConfiguration<BotDeployment>
{
    public void Configure(EntityTypeBuilder<BotDeployment> builder)
    {
        builder.ToTable("bot_deployments");
        builder.Property(e => e.BotName).HasMaxLength(100);
        builder.Property(e => e.Status).HasMaxLength(50).HasDefaultValue("inactive");
        builder.Property(e => e.LastHealthCheck).IsLocalTimestamp();
        builder.Property(e => e.DeploymentConfig).HasColumnType("jsonb");
        builder.Property(e => e.CreatedAt).IsLocalTimestampDefaultNow();
        builder.Property(e => e.UpdatedAt).IsLocalTimestampDefaultNow();

        builder.HasIndex(e => e.BotName).IsUnique().HasDatabaseName("bot_deployments_bot_name_key");

        // The seed's plain REFERENCES: deleting a character that a deployment still plays is refused.
        builder.HasOne(e => e.Character).WithMany(c => c.BotDeployments)
            .HasForeignKey(e => e.CharacterId).OnDelete(DeleteBehavior.NoAction);
    }
}
