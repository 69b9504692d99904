using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WhisperAspire.Data.Model.Core;

/// <summary>An ordered personality attribute (a fear, an aspiration, a quirk, a value) within a category.</summary>
public class CharacterAttribute
{
    public int Id { get; set; }
    public int CharacterId { get; set; }
    public Character Character { get; set; } = null!;
    public required string Category { get; set; }
    public required string Description { get; set; }
    public string? Importance { get; set; }
    public int? DisplayOrder { get; set; }
    public bool? Active { get; set; }
    public DateTime? CreatedAt { get; set; }
}

internal sealed class CharacterAttributeConfiguration : IEntityTypeConfiguration<CharacterAttribute>
{
    public void Configure(EntityTypeBuilder<CharacterAttribute> builder)
    {
        builder.ToTable("character_attributes");
        builder.Property(e => e.Category).HasMaxLength(200);
        builder.Property(e => e.Importance).HasMaxLength(100);
        builder.Property(e => e.Active).HasDefaultValue(true);
        builder.Property(e => e.CreatedAt).IsLocalTimestampDefaultNow();

        builder.HasIndex(e => new { e.CharacterId, e.Category, e.DisplayOrder }).IsUnique()
            .HasDatabaseName("character_attributes_character_id_category_display_order_key");
        builder.HasIndex(e => new { e.CharacterId, e.Category }).HasDatabaseName("idx_attributes_char_cat");
        builder.HasIndex(e => new { e.CharacterId, e.Category }, "idx_attributes_active").HasDatabaseName("idx_attributes_active").HasFilter("(active = true)");
        builder.HasOne(e => e.Character).WithMany(c => c.Attributes)
            .HasForeignKey(e => e.CharacterId).OnDelete(DeleteBehavior.Cascade);
    }
}
