using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WhisperAspire.Data.Model.Core;

/// <summary>
/// An entry of a character's personal history. Production keeps rows per category (its application reads them by
/// category and importance), so the seed's one-row-per-character key was relaxed; the seed's columns stay, and
/// core_fill_character_background() fills production's category/description from them when an insert leaves them out.
/// </summary>
public class CharacterBackground
{
    public int Id { get; set; }
    public int? CharacterId { get; set; }
    public Character? Character { get; set; }
    public string? Category { get; set; }
    public string? Period { get; set; }
    public string? Title { get; set; }
    public string? Description { get; set; }
    public string? DateRange { get; set; }
    public int? ImportanceLevel { get; set; }
    public string? Childhood { get; set; }
    public string? Education { get; set; }
    public string? CareerPath { get; set; }
    public string? MajorLifeEvents { get; set; }
    public string? FormativeExperiences { get; set; }
    public string? FamilyBackground { get; set; }
    public DateTime? CreatedAt { get; set; }
    public DateTime? CreatedDate { get; set; }
}

internal sealed class CharacterBackgroundConfiguration : IEntityTypeConfiguration<CharacterBackground>
{
    public void Configure(EntityTypeBuilder<CharacterBackground> builder)
    {
        builder.ToTable("character_background");
        builder.Property(e => e.Category).HasMaxLength(50).IsFilledByTrigger();
        builder.Property(e => e.Period).HasMaxLength(100);
        builder.Property(e => e.Description).IsFilledByTrigger();
        builder.Property(e => e.ImportanceLevel).HasDefaultValue(5);
        builder.Property(e => e.CreatedAt).IsLocalTimestampDefaultNow();
        builder.Property(e => e.CreatedDate).IsLocalTimestamp().HasDefaultValueSql("CURRENT_TIMESTAMP");

        builder.HasIndex(e => new { e.CharacterId, e.Category }, "idx_character_background_category").HasDatabaseName("idx_character_background_category");
        builder.HasIndex(e => new { e.CharacterId, e.Category, e.ImportanceLevel }, "idx_character_background_category_importance").HasDatabaseName("idx_character_background_category_importance").IsDescending(false, false, true);
        builder.HasIndex(e => e.Description, "idx_character_background_description_trgm").HasDatabaseName("idx_character_background_description_trgm").HasMethod("gin").HasOperators("gin_trgm_ops");
        builder.HasIndex(e => new { e.CharacterId, e.ImportanceLevel }, "idx_character_background_importance").HasDatabaseName("idx_character_background_importance").IsDescending(false, true);
        builder.HasOne(e => e.Character).WithMany(c => c.Background)
            .HasForeignKey(e => e.CharacterId).OnDelete(DeleteBehavior.Cascade);
    }
}
