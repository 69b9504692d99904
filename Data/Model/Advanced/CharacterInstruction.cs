using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WhisperAspire.Data.Model.Core;
using WhisperAspire.Data.Schema;

namespace WhisperAspire.Data.Model.Advanced;

/// <summary>Standing instructions injected into a character's prompt (upstream definition).</summary>
public sealed class CharacterInstruction
{
    public int Id { get; set; }
    public int? CharacterId { get; set; }
    public required string InstructionType { get; set; }
    public int? Priority { get; set; }
    public required string InstructionText { get; set; }
    public string? Context { get; set; }
    public bool? Active { get; set; }
    public DateTime? CreatedDate { get; set; }
}

/// <summary>Maps <c>character_instructions</c>, which Scripts/Advanced/030_character_configuration.sql creates; migrations leave it alone.</summary>
internal sealed class CharacterInstructionConfiguration : IEntityTypeConfiguration<CharacterInstruction>
{
    public void Configure(EntityTypeBuilder<CharacterInstruction> builder)
    {
        builder.ToScriptTable("character_instructions", SchemaStage.Advanced);
        builder.HasOne<Character>().WithMany(c => c.Instructions).HasForeignKey(e => e.CharacterId).OnDelete(DeleteBehavior.Cascade);
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).UseIdentityByDefaultColumn();
        builder.Property(e => e.InstructionType).HasMaxLength(50);
        builder.Property(e => e.Priority).HasDefaultValueSql("5");
        builder.Property(e => e.Active).HasDefaultValueSql("true");
        builder.Property(e => e.CreatedDate).HasColumnType("timestamp without time zone").HasDefaultValueSql("CURRENT_TIMESTAMP");
    }
}
