using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WhisperAspire.Data.Schema;

namespace WhisperAspire.Data.Model.Advanced;

/// <summary>A multi-turn roleplay interaction and its state (upstream definition).</summary>
public sealed class RoleplayTransaction
{
    public int Id { get; set; }
    public required string UserId { get; set; }
    public required string BotName { get; set; }
    public required string TransactionType { get; set; }
    public string State { get; set; } = "pending";
    public string Context { get; set; } = "{}";
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public DateTime? CompletedAt { get; set; }
}

/// <summary>Maps <c>roleplay_transactions</c>, which Scripts/Advanced/050_conversation_and_roleplay.sql creates; migrations leave it alone.</summary>
internal sealed class RoleplayTransactionConfiguration : IEntityTypeConfiguration<RoleplayTransaction>
{
    public void Configure(EntityTypeBuilder<RoleplayTransaction> builder)
    {
        builder.ToScriptTable("roleplay_transactions", SchemaStage.Advanced);
        builder.HasKey(e => e.Id);
        // Constant column defaults are property initializers, not HasDefaultValueSql: EF would treat an
        // explicit false or 0 as "unset" and let the database default replace it.
        builder.Property(e => e.Id).UseIdentityByDefaultColumn();
        builder.Property(e => e.UserId).HasMaxLength(255);
        builder.Property(e => e.BotName).HasMaxLength(50);
        builder.Property(e => e.TransactionType).HasMaxLength(50);
        builder.Property(e => e.State).HasMaxLength(50);
        builder.Property(e => e.Context).HasColumnType("jsonb");
        builder.Property(e => e.CreatedAt).HasColumnType("timestamp without time zone").HasDefaultValueSql("now()");
        builder.Property(e => e.UpdatedAt).HasColumnType("timestamp without time zone").HasDefaultValueSql("now()");
        builder.Property(e => e.CompletedAt).HasColumnType("timestamp without time zone");
    }
}
