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

    // Production's columns; the NOT NULL ones are filled by core_fill_character_question_templates() when left out.
    public string? GapType { get; set; }
    public string? TemplateText { get; set; }
    public string? PersonalityStyle { get; set; }
    public int PriorityOrder { get; set; }
    public string[]? Keywords { get; set; }
    public DateTime? UpdatedAt { get; set; }
}

internal sealed class CharacterQuestionTemplateConfiguration : IEntityTypeConfiguration<CharacterQuestionTemplate>
{
    public void Configure(EntityTypeBuilder<CharacterQuestionTemplate> builder)
    {
        builder.ToTable("character_question_templates");
        builder.Property(e => e.TemplateName).HasMaxLength(200);
        builder.Property(e => e.GapType).HasMaxLength(50).IsFilledByTrigger();
        builder.Property(e => e.TemplateText).IsFilledByTrigger();
        builder.Property(e => e.PersonalityStyle).HasMaxLength(50);
        builder.Property(e => e.PriorityOrder).HasDefaultValue(1);
        builder.Property(e => e.Keywords).HasColumnType("character varying(100)[]");
        builder.Property(e => e.UpdatedAt).IsLocalTimestamp().HasDefaultValueSql("CURRENT_TIMESTAMP");
        builder.HasIndex(e => new { e.CharacterId, e.GapType, e.TemplateText }, "character_question_templates_character_id_gap_type_template__key").HasDatabaseName("character_question_templates_character_id_gap_type_template__key").IsUnique();
        builder.HasIndex(e => e.CharacterId, "idx_character_question_templates_character_id").HasDatabaseName("idx_character_question_templates_character_id");
        builder.HasIndex(e => e.GapType, "idx_character_question_templates_gap_type").HasDatabaseName("idx_character_question_templates_gap_type");
        builder.HasIndex(e => e.PriorityOrder, "idx_character_question_templates_priority").HasDatabaseName("idx_character_question_templates_priority");
        builder.HasIndex(e => e.PersonalityStyle, "idx_character_question_templates_style").HasDatabaseName("idx_character_question_templates_style");
        builder.Property(e => e.Priority).HasDefaultValue(1);
        builder.Property(e => e.IsActive).HasDefaultValue(true);
        builder.Property(e => e.CreatedAt).IsLocalTimestampDefaultNow();

        builder.HasOne(e => e.Character).WithMany(c => c.QuestionTemplates)
            .HasForeignKey(e => e.CharacterId).OnDelete(DeleteBehavior.Cascade);
    }
}
