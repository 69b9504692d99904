using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;

namespace WhisperAspire.Data.Schema;

/// <summary>The journal as recorded, and what a migrator would do next.</summary>
public sealed record SchemaStatus(IReadOnlyList<SchemaJournalEntry> Journal, SchemaPlan Plan)
{
    /// <summary>Reads only: on a database no migrator has touched yet, the journal and the history are empty.</summary>
    public static async Task<SchemaStatus> ReadAsync(DbContext db, CancellationToken cancellationToken)
    {
        List<SchemaJournalEntry> journal = await TableExistsAsync(db, SchemaJournalEntry.TableName, cancellationToken)
            ? await db.Set<SchemaJournalEntry>().AsNoTracking().OrderBy(e => e.AppliedAt).ThenBy(e => e.Step).ToListAsync(cancellationToken)
            : [];
        // Npgsql answers a missing history table with a failed query that EF logs as an error; asking first avoids it.
        IReadOnlyList<string> appliedMigrations = await TableExistsAsync(db, $"\"{HistoryRepository.DefaultTableName}\"", cancellationToken)
            ? [.. await db.Database.GetAppliedMigrationsAsync(cancellationToken)]
            : [];
        return new SchemaStatus(journal, JournalDecision.Decide(SchemaCatalog.Load(db), journal, appliedMigrations));
    }

    private static Task<bool> TableExistsAsync(DbContext db, string quotedName, CancellationToken cancellationToken) =>
        db.Database.SqlQuery<bool>($"SELECT to_regclass({quotedName}) IS NOT NULL AS \"Value\"").SingleAsync(cancellationToken);
}
