using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WhisperAspire.Data.Model.Core;

/// <summary>A conversation flow a character can fall into, and the condition that activates it.</summary>
public partial class CharacterConversationMode
{
    public int Id { get; set; }
    public int CharacterId { get; set; }
    public Character Character { get; set; } = null!;
    public required string ModeName { get; set; }
    public string? ActivationCondition { get; set; }
    public string? ResponseStyle { get; set; }
    public string? ConversationFlowGuidance { get; set; }
    public int? Priority { get; set; }
    public bool? IsActive { get; set; }
    public DateTime? CreatedAt { get; set; }
    public DateTime? UpdatedAt { get; set; }
    public string? EnergyLevel { get; set; }
    public string? Approach { get; set; }
    public string? TransitionStyle { get; set; }
}

internal sealed class CharacterConversationModeConfiguration : IEntityTypeConfiguration<CharacterConversationMode>
{
    public void Configure(EntityTypeBuilder<CharacterConversationMode> builder)
    {
        builder.ToTable("character_conversation_modes");
        builder.Property(e => e.ModeName).HasMaxLength(100);
        builder.Property(e => e.Priority).HasDefaultValue(1);
        builder.Property(e => e.IsActive).HasDefaultValue(true);
        builder.Property(e => e.CreatedAt).IsLocalTimestampDefaultNow().IsRequired();
        builder.Property(e => e.UpdatedAt).IsLocalTimestamp().IsRequired().HasDefaultValueSql("CURRENT_TIMESTAMP");
        builder.Property(e => e.EnergyLevel).HasMaxLength(50);
        builder.HasIndex(e => new { e.CharacterId, e.ModeName }, "character_conversation_modes_character_id_mode_name_key").HasDatabaseName("character_conversation_modes_character_id_mode_name_key").IsUnique();
        builder.HasIndex(e => e.CharacterId, "idx_conversation_modes_character").HasDatabaseName("idx_conversation_modes_character");

        builder.HasOne(e => e.Character).WithMany(c => c.ConversationModes)
            .HasForeignKey(e => e.CharacterId).OnDelete(DeleteBehavior.Cascade);
    }
}
