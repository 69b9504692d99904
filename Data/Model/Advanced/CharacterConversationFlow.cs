using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WhisperAspire.Data.Model.Core;
using WhisperAspire.Data.Schema;

namespace WhisperAspire.Data.Model.Advanced;

/// <summary>Named conversation flows a character follows in given situations (upstream definition).</summary>
public sealed class CharacterConversationFlow
{
    public int Id { get; set; }
    public int? CharacterId { get; set; }
    public required string FlowType { get; set; }
    public string? FlowName { get; set; }
    public string? EnergyLevel { get; set; }
    public string? ApproachDescription { get; set; }
    public string? TransitionStyle { get; set; }
    public int? Priority { get; set; }
    public string? Context { get; set; }

    public List<CharacterConversationDirective> Directives { get; } = [];
}

/// <summary>Maps <c>character_conversation_flows</c>, which Scripts/Advanced/050_conversation_and_roleplay.sql creates; migrations leave it alone.</summary>
internal sealed class CharacterConversationFlowConfiguration : IEntityTypeConfiguration<CharacterConversationFlow>
{
    public void Configure(EntityTypeBuilder<CharacterConversationFlow> builder)
    {
        builder.ToScriptTable("character_conversation_flows", SchemaStage.Advanced);
        builder.HasOne<Character>().WithMany(c => c.ConversationFlows).HasForeignKey(e => e.CharacterId).OnDelete(DeleteBehavior.Cascade);
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).UseIdentityByDefaultColumn();
        builder.Property(e => e.FlowType).HasMaxLength(200);
        builder.Property(e => e.FlowName).HasMaxLength(200);
        builder.Property(e => e.EnergyLevel).HasMaxLength(200);
        builder.Property(e => e.Priority).HasDefaultValueSql("50");
    }
}
