using WhisperAspire.IntegrationTests.Infrastructure;
using WhisperAspire.IntegrationTests.Schema.Reference;

namespace WhisperAspire.IntegrationTests.Schema;

/// <summary>
/// docs/schema.md's decision table says what the database has: each "We chose" cell is held against the database the
/// stack built. (Its "Seed says" and "Production has" cells are held against the documents by the unit tests.)
/// </summary>
public sealed class DecisionTableTests(StackFixture fixture)
{
    [Fact]
    public async Task Every_decision_row_describes_the_database_the_stack_built()
    {
        var ours = await LiveCatalog.ReadAsync(fixture.Stack.ConnectionString);
        var production = ProductionCatalog.Load();
        var seeds = SeedDdl.Load();

        var failures = DecisionTable.Load()
            .SelectMany(row => DecisionChecks.UnknownKind(row)
                .Concat(DecisionChecks.AgainstProduction(row, production))
                .Concat(DecisionChecks.AgainstSeed(row, seeds))
                .Concat(DecisionChecks.AgainstDatabase(row, ours)))
            .ToList();

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }
}
