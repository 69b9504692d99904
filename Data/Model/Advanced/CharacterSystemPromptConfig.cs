using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WhisperAspire.Data.Model.Core;
using WhisperAspire.Data.Schema;

namespace WhisperAspire.Data.Model.Advanced;

/// <summary>Our design: versioned system-prompt templates of a character and the order of the sections assembled into them.</summary>
public sealed class CharacterSystemPromptConfig
{
    public int Id { get; set; }
    public int CharacterId { get; set; }
    public string PromptName { get; set; } = "default";
    public int Version { get; set; } = 1;
    public required string Template { get; set; }
    public string[]? SectionOrder { get; set; }
    public int? MaxPromptTokens { get; set; }
    public string Settings { get; set; } = "{}";
    public bool IsActive { get; set; } = true;
    public DateTime? CreatedAt { get; set; }
    public DateTime? UpdatedAt { get; set; }
}

/// <summary>Maps <c>character_system_prompt_configs</c>, which Scripts/Advanced/030_character_configuration.sql creates; migrations leave it alone.</summary>
internal sealed class CharacterSystemPromptConfigConfiguration : IEntityTypeConfiguration<CharacterSystemPromptConfig>
{
    public void Configure(EntityTypeBuilder<CharacterSystemPromptConfig> builder)
    {
        builder.ToScriptTable("character_system_prompt_configs", SchemaStage.Advanced);
        builder.HasOne<Character>().WithMany(c => c.SystemPromptConfigs).HasForeignKey(e => e.CharacterId).OnDelete(DeleteBehavior.Cascade);
        builder.HasKey(e => e.Id);
        // Constant column defaults are property initializers, not HasDefaultValueSql: EF would treat an
        // explicit false or 0 as "unset" and let the database default replace it.
        builder.Property(e => e.Id).UseIdentityByDefaultColumn();
        builder.Property(e => e.PromptName).HasMaxLength(100);
        builder.Property(e => e.Settings).HasColumnType("jsonb");
        builder.Property(e => e.CreatedAt).HasColumnType("timestamp without time zone").HasDefaultValueSql("now()");
        builder.Property(e => e.UpdatedAt).HasColumnType("timestamp without time zone").HasDefaultValueSql("now()");
    }
}
