using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WhisperAspire.Data.Schema;

namespace WhisperAspire.Data.Model.Advanced;

/// <summary>Current trust, affection and attunement between a user and a bot (upstream definition).</summary>
public sealed class RelationshipScore
{
    public required string UserId { get; set; }
    public required string BotName { get; set; }
    public decimal Trust { get; set; } = 0.5000m;
    public decimal Affection { get; set; } = 0.4000m;
    public decimal Attunement { get; set; } = 0.3000m;
    public int InteractionCount { get; set; }
    public DateTime LastUpdated { get; set; }
    public DateTime CreatedAt { get; set; }
}

/// <summary>Maps <c>relationship_scores</c>, which Scripts/Advanced/040_identity_and_memory.sql creates; migrations leave it alone.</summary>
internal sealed class RelationshipScoreConfiguration : IEntityTypeConfiguration<RelationshipScore>
{
    public void Configure(EntityTypeBuilder<RelationshipScore> builder)
    {
        builder.ToScriptTable("relationship_scores", SchemaStage.Advanced);
        builder.HasKey(e => new { e.UserId, e.BotName });
        // Constant column defaults are property initializers, not HasDefaultValueSql: EF would treat an
        // explicit false or 0 as "unset" and let the database default replace it.
        builder.Property(e => e.UserId).HasMaxLength(255);
        builder.Property(e => e.BotName).HasMaxLength(100);
        builder.Property(e => e.Trust).HasPrecision(5, 4);
        builder.Property(e => e.Affection).HasPrecision(5, 4);
        builder.Property(e => e.Attunement).HasPrecision(5, 4);
        builder.Property(e => e.LastUpdated).HasColumnType("timestamp without time zone").HasDefaultValueSql("now()");
        builder.Property(e => e.CreatedAt).HasColumnType("timestamp without time zone").HasDefaultValueSql("now()");
    }
}
