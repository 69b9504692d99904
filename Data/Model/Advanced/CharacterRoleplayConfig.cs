using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WhisperAspire.Data.Model.Core;
using WhisperAspire.Data.Schema;

namespace WhisperAspire.Data.Model.Advanced;

/// <summary>Whether and how a character stays in role during roleplay (upstream definition).</summary>
public sealed class CharacterRoleplayConfig
{
    public int Id { get; set; }
    public int CharacterId { get; set; }
    public bool? AllowFullRoleplayImmersion { get; set; }
    public string? Philosophy { get; set; }
    public string? Strategy { get; set; }
    public DateTime? CreatedAt { get; set; }
    public DateTime? UpdatedAt { get; set; }
}

/// <summary>Maps <c>character_roleplay_config</c>, which Scripts/Advanced/030_character_configuration.sql creates; migrations leave it alone.</summary>
internal sealed class CharacterRoleplayConfigConfiguration : IEntityTypeConfiguration<CharacterRoleplayConfig>
{
    public void Configure(EntityTypeBuilder<CharacterRoleplayConfig> builder)
    {
        builder.ToScriptTable("character_roleplay_config", SchemaStage.Advanced);
        builder.HasOne<Character>().WithOne(c => c.RoleplayConfig).HasForeignKey<CharacterRoleplayConfig>(e => e.CharacterId).OnDelete(DeleteBehavior.Cascade);
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).UseIdentityByDefaultColumn();
        builder.Property(e => e.AllowFullRoleplayImmersion).HasDefaultValueSql("false");
        builder.Property(e => e.CreatedAt).HasColumnType("timestamp without time zone").HasDefaultValueSql("CURRENT_TIMESTAMP");
        builder.Property(e => e.UpdatedAt).HasColumnType("timestamp without time zone").HasDefaultValueSql("CURRENT_TIMESTAMP");
    }
}
