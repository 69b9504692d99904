using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WhisperAspire.Data.Model.Core;

/// <summary>A category a character sorts mentioned entities into, with its classification rules.</summary>
public class CharacterEntityCategory
{
    public int Id { get; set; }
    public int CharacterId { get; set; }
    public Character Character { get; set; } = null!;
    public required string CategoryName { get; set; }
    public string? Description { get; set; }
    public string? ClassificationRules { get; set; }
    public int? ProcessingPriority { get; set; }
    public bool? IsActive { get; set; }
    public DateTime? CreatedAt { get; set; }
}

internal sealed class CharacterEntityCategoryConfiguration : IEntityTypeConfiguration<CharacterEntityCategory>
{
    public void Configure(EntityTypeBuilder<CharacterEntityCategory> builder)
    {
        builder.ToTable("character_entity_categories");
        builder.Property(e => e.CategoryName).HasMaxLength(200);
        builder.Property(e => e.ProcessingPriority).HasDefaultValue(1);
        builder.Property(e => e.IsActive).HasDefaultValue(true);
        builder.Property(e => e.CreatedAt).IsLocalTimestampDefaultNow();

        builder.HasOne(e => e.Character).WithMany(c => c.EntityCategories)
            .HasForeignKey(e => e.CharacterId).OnDelete(DeleteBehavior.Cascade);
    }
}
