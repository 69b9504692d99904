using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WhisperAspire.Data.Model.Core;
using WhisperAspire.Data.Schema;

namespace WhisperAspire.Data.Model.Advanced;

/// <summary>Our design: multi-step workflows a character runs when a message, keyword, schedule or event triggers them.</summary>
public sealed class CharacterWorkflowConfig
{
    public int Id { get; set; }
    public int CharacterId { get; set; }
    public required string WorkflowName { get; set; }
    public string? Description { get; set; }
    public required string TriggerType { get; set; }
    public string? TriggerPattern { get; set; }
    public string Steps { get; set; } = "[]";
    public int? Priority { get; set; }
    public bool IsActive { get; set; } = true;
    public DateTime? CreatedAt { get; set; }
    public DateTime? UpdatedAt { get; set; }
}

/// <summary>Maps <c>character_workflow_configs</c>, which Scripts/Advanced/030_character_configuration.sql creates; migrations leave it alone.</summary>
internal sealed class CharacterWorkflowConfigConfiguration : IEntityTypeConfiguration<CharacterWorkflowConfig>
{
    public void Configure(EntityTypeBuilder<CharacterWorkflowConfig> builder)
    {
        builder.ToScriptTable("character_workflow_configs", SchemaStage.Advanced);
        builder.HasOne<Character>().WithMany(c => c.WorkflowConfigs).HasForeignKey(e => e.CharacterId).OnDelete(DeleteBehavior.Cascade);
        builder.HasKey(e => e.Id);
        // Constant column defaults are property initializers, not HasDefaultValueSql: EF would treat an
        // explicit false or 0 as "unset" and let the database default replace it.
        builder.Property(e => e.Id).UseIdentityByDefaultColumn();
        builder.Property(e => e.WorkflowName).HasMaxLength(100);
        builder.Property(e => e.TriggerType).HasMaxLength(50);
        builder.Property(e => e.Steps).HasColumnType("jsonb");
        builder.Property(e => e.Priority).HasDefaultValueSql("50");
        builder.Property(e => e.CreatedAt).HasColumnType("timestamp without time zone").HasDefaultValueSql("now()");
        builder.Property(e => e.UpdatedAt).HasColumnType("timestamp without time zone").HasDefaultValueSql("now()");
    }
}
