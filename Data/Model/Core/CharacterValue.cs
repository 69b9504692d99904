using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WhisperAspire.Data.Model.Core;

/// <summary>A core value, belief or fear of a character.</summary>
public class CharacterValue
{
    public int Id { get; set; }
    public int? CharacterId { get; set; }
    public Character? Character { get; set; }
    public required string ValueKey { get; set; }
    public required string ValueDescription { get; set; }
    public string? ImportanceLevel { get; set; }
    public string? Category { get; set; }
}

internal sealed class CharacterValueConfiguration : IEntityTypeConfiguration<CharacterValue>
{
    public void Configure(EntityTypeBuilder<CharacterValue> builder)
    {
        builder.ToTable("character_values");
        builder.Property(e => e.ValueKey).HasMaxLength(300);
        builder.Property(e => e.ImportanceLevel).HasMaxLength(100).HasDefaultValue("medium");
        builder.Property(e => e.Category).HasMaxLength(200);

        builder.HasIndex(e => new { e.CharacterId, e.ValueKey }).IsUnique()
            .HasDatabaseName("character_values_character_id_value_key_key");
        builder.HasIndex(e => e.CharacterId).HasDatabaseName("idx_character_values_character");
        builder.HasOne(e => e.Character).WithMany(c => c.Values)
            .HasForeignKey(e => e.CharacterId).OnDelete(DeleteBehavior.Cascade);
    }
}
