using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WhisperAspire.Data.Model.Core;
using WhisperAspire.Data.Schema;

namespace WhisperAspire.Data.Model.Advanced;

/// <summary>Identity details beyond the core identity row: nickname, gender, location and the nature of the character's existence (production's CDL section, one row per character).</summary>
public sealed class CharacterIdentityDetails
{
    public int Id { get; set; }
    public int CharacterId { get; set; }
    public string? FullName { get; set; }
    public string? Nickname { get; set; }
    public string? Gender { get; set; }
    public string? Location { get; set; }
    public string? EssenceNature { get; set; }
    public string? EssenceExistenceMethod { get; set; }
    public string? EssenceAnchor { get; set; }
    public string? EssenceCoreIdentity { get; set; }
    public DateTime? CreatedAt { get; set; }
}

/// <summary>Maps <c>character_identity_details</c>, which Scripts/Advanced/080_cdl_character_sections.sql creates; migrations leave it alone.</summary>
internal sealed class CharacterIdentityDetailsConfiguration : IEntityTypeConfiguration<CharacterIdentityDetails>
{
    public void Configure(EntityTypeBuilder<CharacterIdentityDetails> builder)
    {
        builder.ToScriptTable("character_identity_details", SchemaStage.Advanced);
        builder.HasOne<Character>().WithOne(c => c.IdentityDetails).HasForeignKey<CharacterIdentityDetails>(e => e.CharacterId).OnDelete(DeleteBehavior.Cascade);
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).UseSerialColumn();
        builder.Property(e => e.FullName).HasMaxLength(500);
        builder.Property(e => e.Nickname).HasMaxLength(500);
        builder.Property(e => e.Gender).HasMaxLength(200);
        builder.Property(e => e.CreatedAt).HasColumnType("timestamp without time zone").HasDefaultValueSql("CURRENT_TIMESTAMP");
    }
}
