using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WhisperAspire.Data.Schema;

namespace WhisperAspire.Data.Model.Advanced;

/// <summary>Ordered directives within a conversation flow (upstream definition).</summary>
public sealed class CharacterConversationDirective
{
    public int Id { get; set; }
    public int? ConversationFlowId { get; set; }
    public required string DirectiveType { get; set; }
    public required string DirectiveContent { get; set; }
    public int? OrderSequence { get; set; }
}

/// <summary>Maps <c>character_conversation_directives</c>, which Scripts/Advanced/050_conversation_and_roleplay.sql creates; migrations leave it alone.</summary>
internal sealed class CharacterConversationDirectiveConfiguration : IEntityTypeConfiguration<CharacterConversationDirective>
{
    public void Configure(EntityTypeBuilder<CharacterConversationDirective> builder)
    {
        builder.ToScriptTable("character_conversation_directives", SchemaStage.Advanced);
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).UseIdentityByDefaultColumn();
        builder.Property(e => e.DirectiveType).HasMaxLength(50);
        builder.HasOne<CharacterConversationFlow>().WithMany(f => f.Directives).HasForeignKey(e => e.ConversationFlowId).OnDelete(DeleteBehavior.Cascade);
    }
}
