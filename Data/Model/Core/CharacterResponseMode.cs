using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WhisperAspire.Data.Model.Core;

/// <summary>A way a character responds, and what switches it on.</summary>
public class CharacterResponseMode
{
    public int Id { get; set; }
    public int? CharacterId { get; set; }
    public Character? Character { get; set; }
    public required string ModeName { get; set; }
    public string? Description { get; set; }
    public string? ActivationTriggers { get; set; }
    public string? ResponseCharacteristics { get; set; }
    public int? PriorityLevel { get; set; }
    public bool? IsActive { get; set; }
    public DateTime? CreatedAt { get; set; }
    public string? ModeDescription { get; set; }
    public string? ResponseStyle { get; set; }
    public string? LengthGuideline { get; set; }
    public string? ToneAdjustment { get; set; }
    public int? ConflictResolutionPriority { get; set; }
    public string? Examples { get; set; }
}

internal sealed class CharacterResponseModeConfiguration : IEntityTypeConfiguration<CharacterResponseMode>
{
    public void Configure(EntityTypeBuilder<CharacterResponseMode> builder)
    {
        builder.ToTable("character_response_modes");
        builder.Property(e => e.ModeName).HasMaxLength(100);
        builder.HasIndex(e => new { e.CharacterId, e.ModeName }, "idx_response_modes_character").HasDatabaseName("idx_response_modes_character");
        builder.Property(e => e.PriorityLevel).HasDefaultValue(1);
        builder.Property(e => e.IsActive).HasDefaultValue(true);
        builder.Property(e => e.CreatedAt).IsLocalTimestampDefaultNow();

        builder.HasOne(e => e.Character).WithMany(c => c.ResponseModes)
            .HasForeignKey(e => e.CharacterId).OnDelete(DeleteBehavior.Cascade);
    }
}
