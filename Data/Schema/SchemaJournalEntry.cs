using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WhisperAspire.Data.Schema;

/// <summary>One applied step of the schema, as recorded in <c>schema_journal</c>.</summary>
public sealed class SchemaJournalEntry
{
    public const string TableName = "schema_journal";

    /// <summary>
    /// The runner creates the journal itself, before any step, so it cannot be an EF migration. Keep the columns
    /// in step with <see cref="SchemaJournalEntryConfiguration"/> (snake_case names by convention) and with the
    /// statements below, which write and read it without EF.
    /// </summary>
    public const string CreateTableSql = $"""
        CREATE TABLE IF NOT EXISTS {TableName} (
            step        text PRIMARY KEY,
            stage       text NOT NULL,
            kind        text NOT NULL,
            checksum    text NOT NULL,
            applied_at  timestamptz NOT NULL,
            duration    interval,
            applied_by  text NOT NULL
        )
        """;

    public const string InsertSql = $"""
        INSERT INTO {TableName} (step, stage, kind, checksum, applied_at, duration, applied_by)
        VALUES ($1, $2, $3, $4, $5, $6, $7)
        """;

    /// <summary>The journal in the order it was written; <see cref="Read"/> takes the columns in this order.</summary>
    public const string SelectSql = $"""
        SELECT step, stage, kind, checksum, applied_at, duration, applied_by
        FROM {TableName}
        ORDER BY applied_at, step
        """;

    public static SchemaJournalEntry Read(DbDataReader row) => new()
    {
        Step = row.GetString(0),
        Stage = Enum.Parse<SchemaStage>(row.GetString(1)),
        Kind = Enum.Parse<SchemaStepKind>(row.GetString(2)),
        Checksum = row.GetString(3),
        AppliedAt = row.GetFieldValue<DateTimeOffset>(4),
        Duration = row.IsDBNull(5) ? null : row.GetFieldValue<TimeSpan>(5),
        AppliedBy = row.GetString(6),
    };

    public required string Step { get; init; }
    public required SchemaStage Stage { get; init; }
    public required SchemaStepKind Kind { get; init; }
    public required string Checksum { get; init; }
    public required DateTimeOffset AppliedAt { get; init; }

    /// <summary>Null when the step was recorded after the fact: an EF migration whose journal row a crash lost.</summary>
    public TimeSpan? Duration { get; init; }

    /// <summary>The informational version of the MigrationService that applied (or recorded) the step.</summary>
    public required string AppliedBy { get; init; }
}

internal sealed class SchemaJournalEntryConfiguration : IEntityTypeConfiguration<SchemaJournalEntry>
{
    public void Configure(EntityTypeBuilder<SchemaJournalEntry> entity)
    {
        entity.ToTable(SchemaJournalEntry.TableName, table => table.ExcludeFromMigrations());
        entity.HasKey(e => e.Step);
        entity.Property(e => e.Stage).HasConversion<string>();
        entity.Property(e => e.Kind).HasConversion<string>();
    }
}
