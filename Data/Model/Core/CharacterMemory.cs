using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WhisperAspire.Data.Model.Core;

/// <summary>A memory from a character's backstory.</summary>
public class CharacterMemory
{
    public int Id { get; set; }
    public int CharacterId { get; set; }
    public Character Character { get; set; } = null!;
    public required string MemoryType { get; set; }
    public string? Title { get; set; }
    public required string Description { get; set; }
    public string? EmotionalImpact { get; set; }
    public string? TimePeriod { get; set; }
    public string? Importance { get; set; }
    public DateTime? CreatedAt { get; set; }
}

internal sealed class CharacterMemoryConfiguration : IEntityTypeConfiguration<CharacterMemory>
{
    public void Configure(EntityTypeBuilder<CharacterMemory> builder)
    {
        builder.ToTable("character_memories");
        builder.Property(e => e.MemoryType).HasMaxLength(100);
        builder.Property(e => e.Title).HasMaxLength(500);
        builder.Property(e => e.EmotionalImpact).HasMaxLength(100);
        builder.Property(e => e.TimePeriod).HasMaxLength(200);
        builder.Property(e => e.Importance).HasMaxLength(100);
        builder.Property(e => e.CreatedAt).IsLocalTimestampDefaultNow();

        builder.HasOne(e => e.Character).WithMany(c => c.Memories)
            .HasForeignKey(e => e.CharacterId).OnDelete(DeleteBehavior.Cascade);
    }
}
