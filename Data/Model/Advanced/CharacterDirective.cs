using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WhisperAspire.Data.Model.Core;
using WhisperAspire.Data.Schema;

namespace WhisperAspire.Data.Model.Advanced;

/// <summary>Prioritised behaviour directives of a character (upstream definition).</summary>
public sealed class CharacterDirective
{
    public int Id { get; set; }
    public int CharacterId { get; set; }
    public required string DirectiveType { get; set; }
    public required string DirectiveText { get; set; }
    public int? Priority { get; set; }
    public int? DisplayOrder { get; set; }
    public string? Context { get; set; }
    public bool? Active { get; set; }
    public DateTime? CreatedAt { get; set; }
}

/// <summary>Maps <c>character_directives</c>, which Scripts/Advanced/030_character_configuration.sql creates; migrations leave it alone.</summary>
internal sealed class CharacterDirectiveConfiguration : IEntityTypeConfiguration<CharacterDirective>
{
    public void Configure(EntityTypeBuilder<CharacterDirective> builder)
    {
        builder.ToScriptTable("character_directives", SchemaStage.Advanced);
        builder.HasOne<Character>().WithMany(c => c.Directives).HasForeignKey(e => e.CharacterId).OnDelete(DeleteBehavior.Cascade);
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).UseIdentityByDefaultColumn();
        builder.Property(e => e.DirectiveType).HasMaxLength(200);
        builder.Property(e => e.Context).HasMaxLength(500);
        builder.Property(e => e.Active).HasDefaultValueSql("true");
        builder.Property(e => e.CreatedAt).HasColumnType("timestamp without time zone").HasDefaultValueSql("CURRENT_TIMESTAMP");
    }
}
