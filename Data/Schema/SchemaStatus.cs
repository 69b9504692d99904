using System.Data;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;

namespace WhisperAspire.Data.Schema;

/// <summary>The journal as recorded, and what a migrator would do next.</summary>
public sealed record SchemaStatus(IReadOnlyList<SchemaJournalEntry> Journal, SchemaPlan Plan)
{
    /// <summary>
    /// Reads only: on a database no migrator has touched yet, the journal and the history are empty. Plain commands on
    /// the context's connection, as the migrator writes the journal: every MigrationService run and the AppHost's
    /// dashboard read start here, and compiling EF's first LINQ queries cost those short-lived processes about half a
    /// second of CPU each on every start.
    /// </summary>
    public static async Task<SchemaStatus> ReadAsync(DbContext db, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        var opened = connection.State != ConnectionState.Open;
        if (opened)
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
        }

        try
        {
            IReadOnlyList<SchemaJournalEntry> journal = await TableExistsAsync(connection, SchemaJournalEntry.TableName, cancellationToken)
                ? await ReadJournalAsync(connection, cancellationToken)
                : [];
            // Npgsql answers a missing history table with a failed query that EF logs as an error; asking first avoids it.
            IReadOnlyList<string> appliedMigrations = await TableExistsAsync(connection, $"\"{HistoryRepository.DefaultTableName}\"", cancellationToken)
                ? [.. await db.Database.GetAppliedMigrationsAsync(cancellationToken)]
                : [];
            return new SchemaStatus(journal, JournalDecision.Decide(SchemaCatalog.Load(db), journal, appliedMigrations));
        }
        finally
        {
            if (opened)
            {
                await db.Database.CloseConnectionAsync();
            }
        }
    }

    private static async Task<bool> TableExistsAsync(DbConnection connection, string quotedName, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT to_regclass($1) IS NOT NULL";
        var name = command.CreateParameter();
        name.Value = quotedName;
        command.Parameters.Add(name);
        return await command.ExecuteScalarAsync(cancellationToken) is true;
    }

    private static async Task<IReadOnlyList<SchemaJournalEntry>> ReadJournalAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = SchemaJournalEntry.SelectSql;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var journal = new List<SchemaJournalEntry>();
        while (await reader.ReadAsync(cancellationToken))
        {
            journal.Add(SchemaJournalEntry.Read(reader));
        }

        return journal;
    }
}
