using Microsoft.EntityFrameworkCore.Migrations.Operations;
using WhisperAspire.IntegrationTests.Schema.Reference;

namespace WhisperAspire.UnitTests.Schema;

/// <summary>
/// What a migration after the cleanup may do beyond adding: change a column's type or nullability, or drop a unique
/// key, check or foreign key, where docs/schema.md has the row that says so (or the type only widens, rule 2). A key or
/// index dropped and re-created in the same migration (as a type change needs) is no departure. An index may take the
/// name production's catalog gives it: no statement names a plain index (unique constraints are keys, not renamed), so
/// only the name tools show changes. Tables and columns are never dropped or renamed.
/// </summary>
public static class AdditiveOnly
{
    public static IEnumerable<string> Departures(
        IReadOnlyList<MigrationOperation> operations, IReadOnlyList<Decision> decisions, IReadOnlySet<string> productionIndexNames)
    {
        foreach (var operation in operations)
        {
            var departure = operation switch
            {
                DropTableOperation or DropColumnOperation or RenameTableOperation or RenameColumnOperation
                    => $"{operation.GetType().Name} removes or renames what a client may use",
                RenameIndexOperation rename when !productionIndexNames.Contains(rename.NewName)
                    => $"renames the index {rename.Name} of {rename.Table} to {rename.NewName}, which is not production's name for an index",
                AlterColumnOperation alter => AlterColumn(alter, decisions),
                DropUniqueConstraintOperation drop when !Row(decisions, drop.Table, "unique") && !Readded(operations, drop.Table, drop.Name)
                    => $"drops the unique key {drop.Name} of {drop.Table}, and no unique row of docs/schema.md says so",
                DropCheckConstraintOperation drop when !Row(decisions, drop.Table, "check") && !Readded(operations, drop.Table, drop.Name)
                    => $"drops the check {drop.Name} of {drop.Table}, and no check row of docs/schema.md says so",
                DropForeignKeyOperation drop when !Row(decisions, drop.Table, "foreign key") && !Readded(operations, drop.Table, drop.Name)
                    => $"drops the foreign key {drop.Name} of {drop.Table}, and no foreign key row of docs/schema.md says so",
                DropPrimaryKeyOperation drop when !Readded(operations, drop.Table, drop.Name)
                    => $"drops the primary key of {drop.Table} without adding one back",
                DropIndexOperation drop when drop.Table is { } table && !Row(decisions, table, "unique") && !Readded(operations, table, drop.Name)
                    => $"drops the index {drop.Name} of {drop.Table} without re-creating it, and no unique row of docs/schema.md says so",
                _ => null,
            };
            if (departure is not null)
            {
                yield return departure;
            }
        }
    }

    private static string? AlterColumn(AlterColumnOperation alter, IReadOnlyList<Decision> decisions)
    {
        var column = $"{alter.Table}.{alter.Name}";
        if (alter.ColumnType is { } type && alter.OldColumn.ColumnType is { } old && !string.Equals(type, old, StringComparison.OrdinalIgnoreCase)
            && !TypeFamily.Holds(old, type) && !decisions.Any(d => d.Kind == "type" && d.Object == column))
        {
            return $"changes {column} from {old} to {type}, neither wider nor listed as a type row of docs/schema.md";
        }

        if (alter.IsNullable != alter.OldColumn.IsNullable && !decisions.Any(d => d.Kind == "not null" && d.Object == column))
        {
            return $"makes {column} {(alter.IsNullable ? "nullable" : "NOT NULL")}, and no not null row of docs/schema.md says so";
        }

        return null;
    }

    private static bool Row(IReadOnlyList<Decision> decisions, string table, string kind) => decisions.Any(d => d.Kind == kind && d.Table == table);

    /// <summary>The same migration adds back a key or index of that name on that table (dropped only to be rebuilt).</summary>
    private static bool Readded(IReadOnlyList<MigrationOperation> operations, string table, string name) =>
        operations.Any(o => o switch
        {
            AddUniqueConstraintOperation a => a.Table == table && a.Name == name,
            AddCheckConstraintOperation a => a.Table == table && a.Name == name,
            AddForeignKeyOperation a => a.Table == table && a.Name == name,
            AddPrimaryKeyOperation a => a.Table == table && a.Name == name,
            CreateIndexOperation a => a.Table == table && a.Name == name,
            _ => false,
        });
}
