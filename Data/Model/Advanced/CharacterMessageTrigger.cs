using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WhisperAspire.Data.Model.Core;
using WhisperAspire.Data.Schema;

namespace WhisperAspire.Data.Model.Advanced;

/// <summary>What in a message makes a character switch to a response mode, and with what priority (production's CDL section).</summary>
public sealed class CharacterMessageTrigger
{
    public int Id { get; set; }
    public int? CharacterId { get; set; }
    public required string TriggerCategory { get; set; }
    public required string TriggerType { get; set; }
    public required string TriggerValue { get; set; }
    public string? ResponseMode { get; set; }
    public int? Priority { get; set; }
    public bool? IsActive { get; set; }
}

/// <summary>Maps <c>character_message_triggers</c>, which Scripts/Advanced/080_cdl_character_sections.sql creates; migrations leave it alone.</summary>
internal sealed class CharacterMessageTriggerConfiguration : IEntityTypeConfiguration<CharacterMessageTrigger>
{
    public void Configure(EntityTypeBuilder<CharacterMessageTrigger> builder)
    {
        builder.ToScriptTable("character_message_triggers", SchemaStage.Advanced);
        builder.HasOne<Character>().WithMany(c => c.MessageTriggers).HasForeignKey(e => e.CharacterId).OnDelete(DeleteBehavior.Cascade);
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).UseSerialColumn();
        builder.Property(e => e.TriggerCategory).HasMaxLength(100);
        builder.Property(e => e.TriggerType).HasMaxLength(50);
        builder.Property(e => e.ResponseMode).HasMaxLength(100);
        builder.Property(e => e.Priority).HasDefaultValueSql("50");
        builder.Property(e => e.IsActive).HasDefaultValueSql("true");
    }
}
