using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WhisperAspire.Data.Model.Core;

/// <summary>A question pattern a character recognises and the framework it answers with.</summary>
public class CharacterQuestionTemplate
{
    public int Id { get; set; }
    public int CharacterId { get; set; }
    public Character Character { get; set; } = null!;
    public required string TemplateName { get; set; }
    public required string QuestionPattern { get; set; }
    public string? ResponseFramework { get; set; }
    public string? ExampleQuestions { get; set; }
    public int? Priority { get; set; }
    public bool? IsActive { get; set; }
    public DateTime? CreatedAt { get; set; }
}

internal sealed class CharacterQuestionTemplateConfiguration : IEntityTypeConfiguration<CharacterQuestionTemplate>
{
    public void Configure(EntityTypeBuilder<CharacterQuestionTemplate> builder)
    {
        builder.ToTable("character_question_templates");
        builder.Property(e => e.TemplateName).HasMaxLength(200);
        builder.Property(e => e.Priority).HasDefaultValue(1);
        builder.Property(e => e.IsActive).HasDefaultValue(true);
        builder.Property(e => e.CreatedAt).IsLocalTimestampDefaultNow();

        builder.HasOne(e => e.Character).WithMany(c => c.QuestionTemplates)
            .HasForeignKey(e => e.CharacterId).OnDelete(DeleteBehavior.Cascade);
    }
}
