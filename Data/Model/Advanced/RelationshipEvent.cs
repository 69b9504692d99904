using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WhisperAspire.Data.Schema;

namespace WhisperAspire.Data.Model.Advanced;

/// <summary>History of changes to a relationship score (upstream definition).</summary>
public sealed class RelationshipEvent
{
    public int Id { get; set; }
    public required string UserId { get; set; }
    public required string BotName { get; set; }
    public required string EventType { get; set; }
    public decimal? TrustDelta { get; set; }
    public decimal? AffectionDelta { get; set; }
    public decimal? AttunementDelta { get; set; }
    public decimal? TrustValue { get; set; }
    public decimal? AffectionValue { get; set; }
    public decimal? AttunementValue { get; set; }
    public string? ConversationQuality { get; set; }
    public decimal? EmotionVariance { get; set; }
    public string? UpdateReason { get; set; }
    public DateTime CreatedAt { get; set; }
}

/// <summary>Maps <c>relationship_events</c>, which Scripts/Advanced/040_identity_and_memory.sql creates; migrations leave it alone.</summary>
internal sealed class RelationshipEventConfiguration : IEntityTypeConfiguration<RelationshipEvent>
{
    public void Configure(EntityTypeBuilder<RelationshipEvent> builder)
    {
        builder.ToScriptTable("relationship_events", SchemaStage.Advanced);
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).UseIdentityByDefaultColumn();
        builder.Property(e => e.UserId).HasMaxLength(255);
        builder.Property(e => e.BotName).HasMaxLength(100);
        builder.Property(e => e.EventType).HasMaxLength(50);
        builder.Property(e => e.TrustDelta).HasPrecision(5, 4);
        builder.Property(e => e.AffectionDelta).HasPrecision(5, 4);
        builder.Property(e => e.AttunementDelta).HasPrecision(5, 4);
        builder.Property(e => e.TrustValue).HasPrecision(5, 4);
        builder.Property(e => e.AffectionValue).HasPrecision(5, 4);
        builder.Property(e => e.AttunementValue).HasPrecision(5, 4);
        builder.Property(e => e.ConversationQuality).HasMaxLength(20);
        builder.Property(e => e.EmotionVariance).HasPrecision(5, 4);
        builder.Property(e => e.CreatedAt).HasColumnType("timestamp without time zone").HasDefaultValueSql("now()");
        builder.HasOne<RelationshipScore>().WithMany().HasForeignKey(e => new { e.UserId, e.BotName }).OnDelete(DeleteBehavior.Cascade);
    }
}
