using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WhisperAspire.Data.Schema;

namespace WhisperAspire.Data.Model.Advanced;

/// <summary>How a user responds to a bot's traits and how the bot may adapt (upstream definition).</summary>
public sealed class StrategicPersonalityProfile
{
    public Guid Id { get; set; }
    public required string UserId { get; set; }
    public required string BotName { get; set; }
    public string? DominantTraits { get; set; }
    public string? UserResponsePatterns { get; set; }
    public string? AdaptationSuggestions { get; set; }
    public string? TraitEvolutionHistory { get; set; }
    public DateTimeOffset ComputedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
}

/// <summary>Maps <c>strategic_personality_profiles</c>, which Scripts/Advanced/070_strategic_analytics.sql creates; migrations leave it alone.</summary>
internal sealed class StrategicPersonalityProfileConfiguration : IEntityTypeConfiguration<StrategicPersonalityProfile>
{
    public void Configure(EntityTypeBuilder<StrategicPersonalityProfile> builder)
    {
        builder.ToScriptTable("strategic_personality_profiles", SchemaStage.Advanced);
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).HasDefaultValueSql("gen_random_uuid()");
        builder.Property(e => e.DominantTraits).HasColumnType("jsonb");
        builder.Property(e => e.UserResponsePatterns).HasColumnType("jsonb");
        builder.Property(e => e.AdaptationSuggestions).HasColumnType("jsonb");
        builder.Property(e => e.TraitEvolutionHistory).HasColumnType("jsonb");
        builder.Property(e => e.ComputedAt).HasColumnType("timestamp with time zone").HasDefaultValueSql("now()");
        builder.Property(e => e.ExpiresAt).HasColumnType("timestamp with time zone");
    }
}
