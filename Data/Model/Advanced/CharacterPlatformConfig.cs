using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WhisperAspire.Data.Model.Core;
using WhisperAspire.Data.Schema;

namespace WhisperAspire.Data.Model.Advanced;

/// <summary>Our design: per-platform presentation and limits of a character (one row per character and platform).</summary>
public sealed class CharacterPlatformConfig
{
    public int Id { get; set; }
    public int CharacterId { get; set; }
    public required string Platform { get; set; }
    public bool IsEnabled { get; set; } = true;
    public string? DisplayName { get; set; }
    public int? MaxMessageLength { get; set; }
    public int? RateLimitPerMinute { get; set; }
    public string Settings { get; set; } = "{}";
    public DateTime? CreatedAt { get; set; }
    public DateTime? UpdatedAt { get; set; }
}

/// <summary>Maps <c>character_platform_configs</c>, which Scripts/Advanced/030_character_configuration.sql creates; migrations leave it alone.</summary>
internal sealed class CharacterPlatformConfigConfiguration : IEntityTypeConfiguration<CharacterPlatformConfig>
{
    public void Configure(EntityTypeBuilder<CharacterPlatformConfig> builder)
    {
        builder.ToScriptTable("character_platform_configs", SchemaStage.Advanced);
        builder.HasOne<Character>().WithMany(c => c.PlatformConfigs).HasForeignKey(e => e.CharacterId).OnDelete(DeleteBehavior.Cascade);
        builder.HasKey(e => e.Id);
        // Constant column defaults are property initializers, not HasDefaultValueSql: EF would treat an
        // explicit false or 0 as "unset" and let the database default replace it.
        builder.Property(e => e.Id).UseIdentityByDefaultColumn();
        builder.Property(e => e.Platform).HasMaxLength(50);
        builder.Property(e => e.DisplayName).HasMaxLength(255);
        builder.Property(e => e.Settings).HasColumnType("jsonb");
        builder.Property(e => e.CreatedAt).HasColumnType("timestamp without time zone").HasDefaultValueSql("now()");
        builder.Property(e => e.UpdatedAt).HasColumnType("timestamp without time zone").HasDefaultValueSql("now()");
    }
}
