using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WhisperAspire.Data.Model.Core;

/// <summary>A character's communication preferences, including how it handles questions about being an AI.</summary>
public class CommunicationStyle
{
    public int Id { get; set; }
    public int? CharacterId { get; set; }
    public Character? Character { get; set; }
    public decimal? EngagementLevel { get; set; }
    public string? Formality { get; set; }
    public decimal? EmotionalExpression { get; set; }
    public string? ResponseLength { get; set; }
    public string? ResponseLengthPreference { get; set; }
    public string? ConversationFlowGuidance { get; set; }
    public string? AiIdentityHandling { get; set; }
}

internal sealed class CommunicationStyleConfiguration : IEntityTypeConfiguration<CommunicationStyle>
{
    public void Configure(EntityTypeBuilder<CommunicationStyle> builder)
    {
        builder.ToTable("communication_styles");
        builder.Property(e => e.EngagementLevel).HasPrecision(3, 2);
        builder.Property(e => e.Formality).HasMaxLength(500);
        builder.Property(e => e.EmotionalExpression).HasPrecision(3, 2);
        builder.Property(e => e.ResponseLength).HasColumnType("text");
        builder.Property(e => e.ResponseLengthPreference).HasMaxLength(200);

        builder.HasIndex(e => e.CharacterId).HasDatabaseName("idx_communication_styles_character");
        builder.HasOne(e => e.Character).WithMany(c => c.CommunicationStyles)
            .HasForeignKey(e => e.CharacterId).OnDelete(DeleteBehavior.Cascade);
    }
}
