using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WhisperAspire.Data.Model.Core;
using WhisperAspire.Data.Schema;

namespace WhisperAspire.Data.Model.Advanced;

/// <summary>What sets off a particular behaviour in a character, and how strongly (upstream definition).</summary>
public sealed class CharacterBehavioralTrigger
{
    public int Id { get; set; }
    public int? CharacterId { get; set; }
    public required string TriggerType { get; set; }
    public required string TriggerValue { get; set; }
    public required string ResponseType { get; set; }
    public required string ResponseDescription { get; set; }
    public int? IntensityLevel { get; set; }
    public DateTime? CreatedDate { get; set; }
}

/// <summary>Maps <c>character_behavioral_triggers</c>, which Scripts/Advanced/060_character_expression.sql creates; migrations leave it alone.</summary>
internal sealed class CharacterBehavioralTriggerConfiguration : IEntityTypeConfiguration<CharacterBehavioralTrigger>
{
    public void Configure(EntityTypeBuilder<CharacterBehavioralTrigger> builder)
    {
        builder.ToScriptTable("character_behavioral_triggers", SchemaStage.Advanced);
        builder.HasOne<Character>().WithMany(c => c.BehavioralTriggers).HasForeignKey(e => e.CharacterId).OnDelete(DeleteBehavior.Cascade);
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).UseIdentityByDefaultColumn();
        builder.Property(e => e.TriggerType).HasMaxLength(50);
        builder.Property(e => e.TriggerValue).HasMaxLength(200);
        builder.Property(e => e.ResponseType).HasMaxLength(50);
        builder.Property(e => e.IntensityLevel).HasDefaultValueSql("5");
        builder.Property(e => e.CreatedDate).HasColumnType("timestamp without time zone").HasDefaultValueSql("CURRENT_TIMESTAMP");
    }
}
