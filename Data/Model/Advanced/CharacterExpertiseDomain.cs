using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WhisperAspire.Data.Model.Core;
using WhisperAspire.Data.Schema;

namespace WhisperAspire.Data.Model.Advanced;

/// <summary>Knowledge domains a character can speak to with authority (upstream definition).</summary>
public sealed class CharacterExpertiseDomain
{
    public int Id { get; set; }
    public int? CharacterId { get; set; }
    public required string DomainName { get; set; }
    public string? ExpertiseLevel { get; set; }
    public string? DomainDescription { get; set; }
    public string? KeyConcepts { get; set; }
    public string? TeachingApproach { get; set; }
    public int? PassionLevel { get; set; }
    public string? Examples { get; set; }
}

/// <summary>Maps <c>character_expertise_domains</c>, which Scripts/Advanced/010_character_intelligence.sql creates; migrations leave it alone.</summary>
internal sealed class CharacterExpertiseDomainConfiguration : IEntityTypeConfiguration<CharacterExpertiseDomain>
{
    public void Configure(EntityTypeBuilder<CharacterExpertiseDomain> builder)
    {
        builder.ToScriptTable("character_expertise_domains", SchemaStage.Advanced);
        builder.HasOne<Character>().WithMany(c => c.ExpertiseDomains).HasForeignKey(e => e.CharacterId).OnDelete(DeleteBehavior.Cascade);
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).UseIdentityByDefaultColumn();
        builder.Property(e => e.DomainName).HasMaxLength(200);
        builder.Property(e => e.ExpertiseLevel).HasMaxLength(50);
    }
}
