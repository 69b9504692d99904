using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WhisperAspire.Data.Schema;

namespace WhisperAspire.Data.Model.Advanced;

/// <summary>One stored exchange: a user message and the bot response (upstream definition; user_id adapted to reference universal_users).</summary>
public sealed class Conversation
{
    public int Id { get; set; }
    public required string UserId { get; set; }
    public required string ChannelId { get; set; }
    public required string MessageContent { get; set; }
    public string? BotResponse { get; set; }
    public DateTime? Timestamp { get; set; }
    public string? ContextUsed { get; set; }
    public int? ResponseTimeMs { get; set; }
    public string? AiModelUsed { get; set; }
}

/// <summary>Maps <c>conversations</c>, which Scripts/Advanced/050_conversation_and_roleplay.sql creates; migrations leave it alone.</summary>
internal sealed class ConversationConfiguration : IEntityTypeConfiguration<Conversation>
{
    public void Configure(EntityTypeBuilder<Conversation> builder)
    {
        builder.ToScriptTable("conversations", SchemaStage.Advanced);
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).UseIdentityByDefaultColumn();
        builder.Property(e => e.UserId).HasMaxLength(255);
        builder.Property(e => e.Timestamp).HasColumnType("timestamp without time zone").HasDefaultValueSql("CURRENT_TIMESTAMP");
        builder.HasOne<UniversalUser>().WithMany().HasForeignKey(e => e.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
