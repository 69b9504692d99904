using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WhisperAspire.Data.Model.Core;

/// <summary>An interest or hobby of a character, broken down into topics.</summary>
public class CharacterInterest
{
    public int Id { get; set; }
    public int CharacterId { get; set; }
    public Character Character { get; set; } = null!;
    public required string InterestName { get; set; }
    public string? ExpertiseLevel { get; set; }
    public string? PassionIntensity { get; set; }
    public string? Description { get; set; }
    public DateTime? CreatedAt { get; set; }

    // Production's columns; category and interest_text are NOT NULL there, filled by core_fill_character_interests() when left out.
    public string? Category { get; set; }
    public string? InterestText { get; set; }
    public int? ProficiencyLevel { get; set; }
    public string? Importance { get; set; }
    public string? Frequency { get; set; }
    public int? DisplayOrder { get; set; }

    public List<CharacterInterestTopic> Topics { get; } = [];
}

internal sealed class CharacterInterestConfiguration : IEntityTypeConfiguration<CharacterInterest>
{
    public void Configure(EntityTypeBuilder<CharacterInterest> builder)
    {
        builder.ToTable("character_interests");
        builder.Property(e => e.InterestName).HasMaxLength(200);
        builder.Property(e => e.ExpertiseLevel).HasMaxLength(100);
        builder.Property(e => e.PassionIntensity).HasMaxLength(100);
        builder.Property(e => e.Category).HasMaxLength(200).IsFilledByTrigger();
        builder.Property(e => e.InterestText).IsFilledByTrigger();
        builder.Property(e => e.Importance).HasMaxLength(100);
        builder.Property(e => e.Frequency).HasMaxLength(100);
        builder.HasIndex(e => new { e.CharacterId, e.Category, e.DisplayOrder }, "character_interests_character_id_category_display_order_key").HasDatabaseName("character_interests_character_id_category_display_order_key").IsUnique();
        builder.HasIndex(e => new { e.CharacterId, e.Category }, "idx_interests_char_cat").HasDatabaseName("idx_interests_char_cat");
        builder.ToTable(t => t.HasCheckConstraint("character_interests_proficiency_level_check", "((proficiency_level >= 1) AND (proficiency_level <= 10))"));
        builder.Property(e => e.CreatedAt).IsLocalTimestampDefaultNow();

        builder.HasOne(e => e.Character).WithMany(c => c.Interests)
            .HasForeignKey(e => e.CharacterId).OnDelete(DeleteBehavior.Cascade);
    }
}
