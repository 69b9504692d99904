using Microsoft.EntityFrameworkCore;

namespace WhisperAspire.Data;

/// <summary>
/// One model for the whole WhisperEngine schema. Tables created by EF Core migrations (the core stage) and
/// tables created by SQL scripts (enrichment and advanced stages) are all mapped here; the SQL-owned ones are
/// excluded from migrations in their own configurations, so the snapshot never creates or drops them.
/// </summary>
public class WhisperEngineDbContext(DbContextOptions<WhisperEngineDbContext> options) : DbContext(options)
{
    /// <summary>The connection-string name that the AppHost, the services and the tests agree on.</summary>
    public const string ConnectionName = "whisperengine";

    /// <summary>
    /// Snake_case table and column names, as the seeds have them. Applied wherever options are built rather than in
    /// OnConfiguring, because pooled contexts (AddNpgsqlDbContext) refuse options changed there.
    /// </summary>
    public static void UseNamingConvention(DbContextOptionsBuilder options) => options.UseSnakeCaseNamingConvention();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(WhisperEngineDbContext).Assembly);
}
