using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WhisperAspire.Data.Model.Core;
using WhisperAspire.Data.Schema;

namespace WhisperAspire.Data.Model.Advanced;

/// <summary>
/// A character's present life as authored: living situation, daily routine, recent events, one per character
/// (production's CDL section; its character scripts write it and nothing at run time does, so it is definition).
/// </summary>
public sealed class CharacterCurrentContext
{
    public int Id { get; set; }
    public int CharacterId { get; set; }
    public string? LivingSituation { get; set; }
    public string? DailyRoutine { get; set; }
    public string? RecentEvents { get; set; }
    public DateTime? CreatedAt { get; set; }
    public DateTime? UpdatedAt { get; set; }
}

/// <summary>Maps <c>character_current_context</c>, which Scripts/Advanced/080_cdl_character_sections.sql creates; migrations leave it alone.</summary>
internal sealed class CharacterCurrentContextConfiguration : IEntityTypeConfiguration<CharacterCurrentContext>
{
    public void Configure(EntityTypeBuilder<CharacterCurrentContext> builder)
    {
        builder.ToScriptTable("character_current_context", SchemaStage.Advanced);
        builder.HasOne<Character>().WithOne(c => c.CurrentContext).HasForeignKey<CharacterCurrentContext>(e => e.CharacterId).OnDelete(DeleteBehavior.Cascade);
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).UseSerialColumn();
        builder.Property(e => e.CreatedAt).HasColumnType("timestamp without time zone").HasDefaultValueSql("CURRENT_TIMESTAMP");
        builder.Property(e => e.UpdatedAt).HasColumnType("timestamp without time zone").HasDefaultValueSql("CURRENT_TIMESTAMP");
    }
}
