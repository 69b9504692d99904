using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WhisperAspire.Data.Schema;

namespace WhisperAspire.Data.Model.Advanced;

/// <summary>Our design: the ordered individual messages of a stored conversation.</summary>
public sealed class ConversationEntry
{
    public int Id { get; set; }
    public int ConversationId { get; set; }
    public int SequenceNumber { get; set; }
    public required string Role { get; set; }
    public string? AuthorId { get; set; }
    public required string Content { get; set; }
    public int? TokenCount { get; set; }
    public string? Emotion { get; set; }
    public string Metadata { get; set; } = "{}";
    public DateTime? CreatedAt { get; set; }
    public DateTime? UpdatedAt { get; set; }
}

/// <summary>Maps <c>conversation_entries</c>, which Scripts/Advanced/050_conversation_and_roleplay.sql creates; migrations leave it alone.</summary>
internal sealed class ConversationEntryConfiguration : IEntityTypeConfiguration<ConversationEntry>
{
    public void Configure(EntityTypeBuilder<ConversationEntry> builder)
    {
        builder.ToScriptTable("conversation_entries", SchemaStage.Advanced);
        builder.HasKey(e => e.Id);
        // Constant column defaults are property initializers, not HasDefaultValueSql: EF would treat an
        // explicit false or 0 as "unset" and let the database default replace it.
        builder.Property(e => e.Id).UseIdentityByDefaultColumn();
        builder.Property(e => e.Role).HasMaxLength(20);
        builder.Property(e => e.AuthorId).HasMaxLength(255);
        builder.Property(e => e.Emotion).HasMaxLength(50);
        builder.Property(e => e.Metadata).HasColumnType("jsonb");
        builder.Property(e => e.CreatedAt).HasColumnType("timestamp without time zone").HasDefaultValueSql("now()");
        builder.Property(e => e.UpdatedAt).HasColumnType("timestamp without time zone").HasDefaultValueSql("now()");
        builder.HasOne<Conversation>().WithMany().HasForeignKey(e => e.ConversationId).OnDelete(DeleteBehavior.Cascade);
    }
}
