using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WhisperAspire.Data.Model.Core;

/// <summary>How a character talks: tone, humour, pacing. One per character.</summary>
public class CharacterCommunication
{
    public int Id { get; set; }
    public int CharacterId { get; set; }
    public Character Character { get; set; } = null!;
    public string? Tone { get; set; }
    public string? HumorStyle { get; set; }
    public string? ConversationPacing { get; set; }
    public DateTime? CreatedAt { get; set; }
}

internal sealed class CharacterCommunicationConfiguration : IEntityTypeConfiguration<CharacterCommunication>
{
    public void Configure(EntityTypeBuilder<CharacterCommunication> builder)
    {
        builder.ToTable("character_communication");
        builder.Property(e => e.Tone).HasMaxLength(500);
        builder.Property(e => e.HumorStyle).HasMaxLength(500);
        builder.Property(e => e.ConversationPacing).HasMaxLength(500);
        builder.Property(e => e.CreatedAt).IsLocalTimestampDefaultNow();

        builder.HasIndex(e => e.CharacterId).IsUnique().HasDatabaseName("character_communication_character_id_key");
        builder.HasOne(e => e.Character).WithOne(c => c.Communication)
            .HasForeignKey<CharacterCommunication>(e => e.CharacterId).OnDelete(DeleteBehavior.Cascade);
    }
}
