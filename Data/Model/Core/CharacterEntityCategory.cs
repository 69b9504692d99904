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

    // Production's columns; the NOT NULL ones are filled by core_fill_character_entity_categories() when left out.
    public string? EntityKeyword { get; set; }
    public string? CategoryType { get; set; }
    public string? QuestionPreference { get; set; }
    public int PriorityLevel { get; set; }
    public DateTime? UpdatedAt { get; set; }
}

internal sealed class CharacterEntityCategoryConfiguration : IEntityTypeConfiguration<CharacterEntityCategory>
{
    public void Configure(EntityTypeBuilder<CharacterEntityCategory> builder)
    {
        builder.ToTable("character_entity_categories");
        builder.Property(e => e.CategoryName).HasMaxLength(200);
        builder.Property(e => e.EntityKeyword).HasMaxLength(100).IsFilledByTrigger();
        builder.Property(e => e.CategoryType).HasMaxLength(50).IsFilledByTrigger();
        builder.Property(e => e.QuestionPreference).HasMaxLength(50);
        builder.Property(e => e.PriorityLevel).HasDefaultValue(3);
        builder.Property(e => e.UpdatedAt).IsLocalTimestamp().HasDefaultValueSql("CURRENT_TIMESTAMP");
        builder.HasIndex(e => new { e.CharacterId, e.EntityKeyword }, "character_entity_categories_character_id_entity_keyword_key").HasDatabaseName("character_entity_categories_character_id_entity_keyword_key").IsUnique();
        builder.HasIndex(e => e.CharacterId, "idx_character_entity_categories_character_id").HasDatabaseName("idx_character_entity_categories_character_id");
        builder.HasIndex(e => e.EntityKeyword, "idx_character_entity_categories_keyword").HasDatabaseName("idx_character_entity_categories_keyword");
        builder.HasIndex(e => e.PriorityLevel, "idx_character_entity_categories_priority").HasDatabaseName("idx_character_entity_categories_priority");
        builder.HasIndex(e => e.CategoryType, "idx_character_entity_categories_type").HasDatabaseName("idx_character_entity_categories_type");
        builder.Property(e => e.ProcessingPriority).HasDefaultValue(1);
        builder.Property(e => e.IsActive).HasDefaultValue(true);
        builder.Property(e => e.CreatedAt).IsLocalTimestampDefaultNow();

        builder.HasOne(e => e.Character).WithMany(c => c.EntityCategories)
            .HasForeignKey(e => e.CharacterId).OnDelete(DeleteBehavior.Cascade);
    }
}
