using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WhisperAspire.Data.Schema;

namespace WhisperAspire.Data.Model.Advanced;

/// <summary>Memories kept about a user (upstream definition; user_id adapted to reference universal_users).</summary>
public sealed class MemoryEntry
{
    public int Id { get; set; }
    public required string UserId { get; set; }
    public required string MemoryType { get; set; }
    public required string Content { get; set; }
    public float? ImportanceScore { get; set; }
    public DateTime? CreatedAt { get; set; }
    public DateTime? LastAccessed { get; set; }
    public int? AccessCount { get; set; }
    public string? Tags { get; set; }
    public string? Metadata { get; set; }
}

/// <summary>Maps <c>memory_entries</c>, which Scripts/Advanced/040_identity_and_memory.sql creates; migrations leave it alone.</summary>
internal sealed class MemoryEntryConfiguration : IEntityTypeConfiguration<MemoryEntry>
{
    public void Configure(EntityTypeBuilder<MemoryEntry> builder)
    {
        builder.ToScriptTable("memory_entries", SchemaStage.Advanced);
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).UseIdentityByDefaultColumn();
        builder.Property(e => e.UserId).HasMaxLength(255);
        builder.Property(e => e.ImportanceScore).HasDefaultValueSql("0.5");
        builder.Property(e => e.CreatedAt).HasColumnType("timestamp without time zone").HasDefaultValueSql("CURRENT_TIMESTAMP");
        builder.Property(e => e.LastAccessed).HasColumnType("timestamp without time zone").HasDefaultValueSql("CURRENT_TIMESTAMP");
        builder.Property(e => e.AccessCount).HasDefaultValueSql("0");
        builder.Property(e => e.Tags).HasDefaultValueSql("'[]'::text");
        builder.Property(e => e.Metadata).HasDefaultValueSql("'{}'::text");
        builder.HasOne<UniversalUser>().WithMany().HasForeignKey(e => e.UserId).OnDelete(DeleteBehavior.NoAction);
    }
}
