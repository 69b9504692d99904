using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WhisperAspire.Data.Model.Core;
using WhisperAspire.Data.Schema;

namespace WhisperAspire.Data.Model.Advanced;

/// <summary>A rule for how a character answers, with its priority and whether breaking it is critical (production's CDL section).</summary>
public sealed class CharacterResponseGuideline
{
    public int Id { get; set; }
    public int? CharacterId { get; set; }
    public required string GuidelineType { get; set; }
    public string? GuidelineName { get; set; }
    public required string GuidelineContent { get; set; }
    public int? Priority { get; set; }
    public string? Context { get; set; }
    public bool? IsCritical { get; set; }
    /// <summary>The row's creation time (column <c>created_date</c>); named like every row timestamp so the document leaves it out.</summary>
    public DateTime? CreatedAt { get; set; }
}

/// <summary>Maps <c>character_response_guidelines</c>, which Scripts/Advanced/080_cdl_character_sections.sql creates; migrations leave it alone.</summary>
internal sealed class CharacterResponseGuidelineConfiguration : IEntityTypeConfiguration<CharacterResponseGuideline>
{
    public void Configure(EntityTypeBuilder<CharacterResponseGuideline> builder)
    {
        builder.ToScriptTable("character_response_guidelines", SchemaStage.Advanced);
        builder.HasOne<Character>().WithMany(c => c.ResponseGuidelines).HasForeignKey(e => e.CharacterId).OnDelete(DeleteBehavior.Cascade);
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).UseSerialColumn();
        builder.Property(e => e.GuidelineType).HasMaxLength(100);
        builder.Property(e => e.GuidelineName).HasMaxLength(200);
        builder.Property(e => e.Priority).HasDefaultValueSql("50");
        builder.Property(e => e.Context).HasMaxLength(100);
        builder.Property(e => e.IsCritical).HasDefaultValueSql("false");
        builder.Property(e => e.CreatedAt).HasColumnName("created_date").HasColumnType("timestamp without time zone").HasDefaultValueSql("CURRENT_TIMESTAMP");
    }
}
