using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WhisperAspire.Data.Model.Core;
using WhisperAspire.Data.Schema;

namespace WhisperAspire.Data.Model.Advanced;

/// <summary>How a character handles a situation that touches on being an AI, with three tiers of response (production's CDL section).</summary>
public sealed class CharacterAiScenario
{
    public int Id { get; set; }
    public int? CharacterId { get; set; }
    public required string ScenarioType { get; set; }
    public string? ScenarioName { get; set; }
    public string? TriggerPhrases { get; set; }
    public string? ResponsePattern { get; set; }
    public string? Tier1Response { get; set; }
    public string? Tier2Response { get; set; }
    public string? Tier3Response { get; set; }
    public string? ExampleUsage { get; set; }
}

/// <summary>Maps <c>character_ai_scenarios</c>, which Scripts/Advanced/080_cdl_character_sections.sql creates; migrations leave it alone.</summary>
internal sealed class CharacterAiScenarioConfiguration : IEntityTypeConfiguration<CharacterAiScenario>
{
    public void Configure(EntityTypeBuilder<CharacterAiScenario> builder)
    {
        builder.ToScriptTable("character_ai_scenarios", SchemaStage.Advanced);
        builder.HasOne<Character>().WithMany(c => c.AiScenarios).HasForeignKey(e => e.CharacterId).OnDelete(DeleteBehavior.Cascade);
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).UseSerialColumn();
        builder.Property(e => e.ScenarioType).HasMaxLength(100);
        builder.Property(e => e.ScenarioName).HasMaxLength(200);
        builder.Property(e => e.ResponsePattern).HasMaxLength(100);
        builder.Property(e => e.Tier1Response).HasColumnName("tier_1_response");
        builder.Property(e => e.Tier2Response).HasColumnName("tier_2_response");
        builder.Property(e => e.Tier3Response).HasColumnName("tier_3_response");
    }
}
