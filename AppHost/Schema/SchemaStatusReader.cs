using Microsoft.EntityFrameworkCore;
using Npgsql;
using WhisperAspire.Data;
using WhisperAspire.Data.Schema;

namespace WhisperAspire.AppHost.Schema;

/// <summary>
/// The schema journal and the pending plan, read from the database with the same code the MigrationService and the
/// Api use, so the dashboard shows exactly what a migrator would do.
/// </summary>
internal static class SchemaStatusReader
{
    public static async Task<SchemaStatus> ReadAsync(IResourceWithConnectionString database, CancellationToken cancellationToken)
    {
        var connectionString = new NpgsqlConnectionStringBuilder(await database.ConnectionStringExpression.GetValueAsync(cancellationToken))
        {
            Pooling = false, // an occasional read: leave no idle session behind
        }.ConnectionString;
        var options = new DbContextOptionsBuilder<WhisperEngineDbContext>().UseNpgsql(connectionString);
        WhisperEngineDbContext.UseNamingConvention(options);
        await using var db = new WhisperEngineDbContext(options.Options);
        return await SchemaStatus.ReadAsync(db, cancellationToken);
    }
}
