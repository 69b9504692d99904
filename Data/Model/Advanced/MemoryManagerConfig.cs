using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WhisperAspire.Data.Model.Core;
using WhisperAspire.Data.Schema;

namespace WhisperAspire.Data.Model.Advanced;

/// <summary>Our design: memory-system settings of a character (retention, per-user cap, decay, consolidation, vector store).</summary>
public sealed class MemoryManagerConfig
{
    public int Id { get; set; }
    public int CharacterId { get; set; }
    public int? RetentionDays { get; set; }
    public int? MaxMemoriesPerUser { get; set; }
    public decimal ImportanceThreshold { get; set; } = 0.30m;
    public decimal DecayRate { get; set; } = 0.0100m;
    public int? ConsolidationIntervalHours { get; set; }
    public string? VectorCollection { get; set; }
    public string? EmbeddingModel { get; set; }
    public string Settings { get; set; } = "{}";
    public bool IsActive { get; set; } = true;
    public DateTime? CreatedAt { get; set; }
    public DateTime? UpdatedAt { get; set; }
}

/// <summary>Maps <c>memory_manager_configs</c>, which Scripts/Advanced/040_identity_and_memory.sql creates; migrations leave it alone.</summary>
internal sealed class MemoryManagerConfigConfiguration : IEntityTypeConfiguration<MemoryManagerConfig>
{
    public void Configure(EntityTypeBuilder<MemoryManagerConfig> builder)
    {
        builder.ToScriptTable("memory_manager_configs", SchemaStage.Advanced);
        builder.HasOne<Character>().WithOne(c => c.MemoryManagerConfig).HasForeignKey<MemoryManagerConfig>(e => e.CharacterId).OnDelete(DeleteBehavior.Cascade);
        builder.HasKey(e => e.Id);
        // Constant column defaults are property initializers, not HasDefaultValueSql: EF would treat an
        // explicit false or 0 as "unset" and let the database default replace it.
        builder.Property(e => e.Id).UseIdentityByDefaultColumn();
        builder.Property(e => e.ImportanceThreshold).HasPrecision(3, 2);
        builder.Property(e => e.DecayRate).HasPrecision(5, 4);
        builder.Property(e => e.ConsolidationIntervalHours).HasDefaultValueSql("24");
        builder.Property(e => e.VectorCollection).HasMaxLength(200);
        builder.Property(e => e.EmbeddingModel).HasMaxLength(200);
        builder.Property(e => e.Settings).HasColumnType("jsonb");
        builder.Property(e => e.CreatedAt).HasColumnType("timestamp without time zone").HasDefaultValueSql("now()");
        builder.Property(e => e.UpdatedAt).HasColumnType("timestamp without time zone").HasDefaultValueSql("now()");
    }
}
