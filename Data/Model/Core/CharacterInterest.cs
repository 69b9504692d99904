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
        builder.Property(e => e.CreatedAt).IsLocalTimestampDefaultNow();

        builder.HasOne(e => e.Character).WithMany(c => c.Interests)
            .HasForeignKey(e => e.CharacterId).OnDelete(DeleteBehavior.Cascade);
    }
}
