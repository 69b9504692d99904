using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WhisperAspire.Data.Schema;

namespace WhisperAspire.Data.Model.Advanced;

/// <summary>A role-based interaction identified by an external transaction id (upstream definition).</summary>
public sealed class RoleTransaction
{
    public int Id { get; set; }
    public required string TransactionId { get; set; }
    public required string UserId { get; set; }
    public required string BotName { get; set; }
    public required string TransactionType { get; set; }
    public string? State { get; set; }
    public string? Context { get; set; }
    public DateTime? CreatedAt { get; set; }
    public DateTime? UpdatedAt { get; set; }
}

/// <summary>Maps <c>role_transactions</c>, which Scripts/Advanced/050_conversation_and_roleplay.sql creates; migrations leave it alone.</summary>
internal sealed class RoleTransactionConfiguration : IEntityTypeConfiguration<RoleTransaction>
{
    public void Configure(EntityTypeBuilder<RoleTransaction> builder)
    {
        builder.ToScriptTable("role_transactions", SchemaStage.Advanced);
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).UseIdentityByDefaultColumn();
        builder.Property(e => e.State).HasDefaultValueSql("'pending'::text");
        builder.Property(e => e.Context).HasColumnType("jsonb");
        builder.Property(e => e.CreatedAt).HasColumnType("timestamp without time zone").HasDefaultValueSql("CURRENT_TIMESTAMP");
        builder.Property(e => e.UpdatedAt).HasColumnType("timestamp without time zone").HasDefaultValueSql("CURRENT_TIMESTAMP");
    }
}
