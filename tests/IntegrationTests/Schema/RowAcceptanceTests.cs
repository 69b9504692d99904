using Npgsql;
using WhisperAspire.IntegrationTests.Infrastructure;
using WhisperAspire.IntegrationTests.Schema.Reference;

namespace WhisperAspire.IntegrationTests.Schema;

/// <summary>
/// For every table both the seeds and production define, a row written as each side writes it — only that side's NOT
/// NULL columns without a default — is accepted, or docs/schema.md has the row that says why not. Each insert runs in
/// a transaction that is rolled back, so nothing stays behind.
/// </summary>
public sealed class RowAcceptanceTests(StackFixture fixture)
{
    [Fact]
    public async Task A_row_with_only_production_s_or_only_the_seed_s_required_columns_is_accepted_or_documented()
    {
        var production = ProductionCatalog.Load();
        var decisions = DecisionTable.Load();
        var ours = await LiveCatalog.ReadAsync(fixture.Stack.ConnectionString);
        var shared = SeedDdl.Load().Where(seed => production.Tables.ContainsKey(seed.Name)).ToList();
        Assert.NotEmpty(shared);

        List<string> failures = [];
        foreach (var seed in shared)
        {
            var productionColumns = production.Tables[seed.Name].Columns.Where(c => !c.Nullable && c.Default is null).Select(c => c.Name);
            var seedColumns = seed.Columns.Where(c => c.NotNull && c.Default is null).Select(c => c.Name);
            failures.AddRange(await TryAsync(ours, decisions, seed.Name, "production's", productionColumns));
            failures.AddRange(await TryAsync(ours, decisions, seed.Name, "the seed's", seedColumns));
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    private async Task<IEnumerable<string>> TryAsync(ProductionCatalog ours, IReadOnlyList<Decision> decisions, string table, string side, IEnumerable<string> columns)
    {
        var writer = new RowWriter(ours);
        // Generated keys are left to the database, as both sides' applications do.
        var given = columns.Where(c => !writer.IsGeneratedKey(table, c)).ToList();
        if (given.FirstOrDefault(c => ours.Tables.GetValueOrDefault(table)?.Columns.All(o => o.Name != c) ?? true) is { } missing)
        {
            return [$"{table}: a row with {side} required columns cannot be written, the column {table}.{missing} is missing"];
        }

        await using var connection = new NpgsqlConnection(fixture.Stack.ConnectionString);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        try
        {
            await writer.InsertAsync(connection, table, given);
            return [];
        }
        catch (PostgresException ex)
        {
            var why = Explaining(decisions, ex);
            return why is null
                ? [$"{table}: a row with only {side} required columns ({string.Join(", ", given)}) is rejected ({ex.SqlState} {ex.MessageText} {ex.ConstraintName ?? ex.ColumnName}), and no row of docs/schema.md says why"]
                : [];
        }
        finally
        {
            await transaction.RollbackAsync();
        }
    }

    /// <summary>The decision row of the rejecting table whose kind (and, for NOT NULL, column) matches the violation.</summary>
    private static Decision? Explaining(IReadOnlyList<Decision> decisions, PostgresException ex)
    {
        var kind = ex.SqlState switch
        {
            PostgresErrorCodes.NotNullViolation => "not null",
            PostgresErrorCodes.UniqueViolation => "unique",
            PostgresErrorCodes.CheckViolation => "check",
            PostgresErrorCodes.ForeignKeyViolation => "foreign key",
            _ => "type",
        };
        return decisions.FirstOrDefault(d => d.Table == ex.TableName && d.Kind == kind && (kind != "not null" || d.Column == ex.ColumnName));
    }
}
