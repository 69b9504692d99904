using CliWrap;
using CliWrap.Buffered;
using WhisperAspire.IntegrationTests.Infrastructure;

namespace WhisperAspire.IntegrationTests.Schema;

/// <summary>The MigrationService as a process against databases of its own: re-runs, concurrency, refusals, crashes.</summary>
public sealed class MigrationRunnerTests(StackFixture fixture)
{
    private const string JournalRows = "SELECT count(*) FROM schema_journal";

    [Fact]
    public async Task A_second_run_on_an_up_to_date_database_changes_nothing()
    {
        await using var database = await ScratchDatabase.CreateAsync(fixture.Stack);
        Assert.Equal(0, (await database.MigrateAsync()).ExitCode);
        var before = await CatalogDump.ReadAsync(database.ConnectionString);
        var journalBefore = await database.ScalarAsync<string>("SELECT string_agg(step || applied_at, ',' ORDER BY step) FROM schema_journal");

        var second = await database.MigrateAsync();

        Assert.Equal(0, second.ExitCode);
        Assert.Contains("up to date (0 step(s) applied, 0 recorded)", second.StandardOutput, StringComparison.Ordinal);
        Assert.Equal(before, await CatalogDump.ReadAsync(database.ConnectionString));
        Assert.Equal(journalBefore, await database.ScalarAsync<string>("SELECT string_agg(step || applied_at, ',' ORDER BY step) FROM schema_journal"));
    }

    [Fact]
    public async Task Two_migrators_started_at_once_apply_each_step_exactly_once()
    {
        await using var database = await ScratchDatabase.CreateAsync(fixture.Stack);

        var results = await Task.WhenAll(database.MigrateAsync(), database.MigrateAsync());

        Assert.All(results, r => Assert.Equal(0, r.ExitCode));
        var applied = results.Sum(r => CountApplied(r.StandardOutput));
        var steps = await database.ScalarAsync<long>(JournalRows);
        Assert.Equal(steps, applied);
        Assert.Equal(steps, await database.ScalarAsync<long>("SELECT count(DISTINCT step) FROM schema_journal"));
        Assert.Contains(results, r => r.StandardOutput.Contains("Another migrator holds the schema lock", StringComparison.Ordinal)
                                      || r.StandardOutput.Contains("up to date (0 step(s) applied", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_script_changed_after_it_was_applied_is_refused_by_name_and_nothing_runs()
    {
        await using var database = await ScratchDatabase.CreateAsync(fixture.Stack);
        Assert.Equal(0, (await database.MigrateAsync()).ExitCode);
        var script = await database.ScalarAsync<string>("SELECT step FROM schema_journal WHERE stage = 'Advanced' ORDER BY step LIMIT 1");
        // What the journal would hold had the script been different when it ran: the same as editing it afterwards.
        await database.ExecuteAsync($"UPDATE schema_journal SET checksum = repeat('0', 64) WHERE step = '{script}'");
        var catalog = await CatalogDump.ReadAsync(database.ConnectionString);

        var refused = await database.MigrateAsync();

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains($"script {script} changed since it was applied", refused.StandardOutput, StringComparison.Ordinal);
        Assert.Equal(catalog, await CatalogDump.ReadAsync(database.ConnectionString));
    }

    [Fact]
    public async Task Plan_lists_the_pending_steps_without_applying_any()
    {
        await using var database = await ScratchDatabase.CreateAsync(fixture.Stack);

        var plan = await database.MigrateAsync("--plan");

        Assert.Equal(0, plan.ExitCode);
        Assert.Contains("Scripts/Enrichment/001_semantic_knowledge_graph.sql", plan.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("Baseline", plan.StandardOutput, StringComparison.Ordinal);
        Assert.Equal(0, await database.ScalarAsync<long>("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'"));
    }

    [Fact]
    public async Task A_run_killed_in_the_middle_leaves_a_database_the_next_run_completes_identically()
    {
        await using var reference = await ScratchDatabase.CreateAsync(fixture.Stack);
        await using var interrupted = await ScratchDatabase.CreateAsync(fixture.Stack);
        Assert.Equal(0, (await reference.MigrateAsync()).ExitCode);
        var total = await reference.ScalarAsync<long>(JournalRows);

        // Kill the process (SIGKILL: no cleanup of any kind) once a few steps are in, mid-way through the stages.
        using var kill = new CancellationTokenSource();
        var run = interrupted.MigrationService().ExecuteAsync(kill.Token);
        while (!run.Task.IsCompleted && await JournalCountAsync(interrupted) < 3)
        {
            await Task.Delay(10, TestContext.Current.CancellationToken);
        }

        await kill.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await run);
        var partial = await JournalCountAsync(interrupted);

        var completed = await interrupted.MigrateAsync();

        Assert.True(partial < total, $"the kill came after all {total} steps; the test proves nothing");
        Assert.Equal(0, completed.ExitCode);
        Assert.Equal(total, await interrupted.ScalarAsync<long>(JournalRows));
        Assert.Equal(await CatalogDump.ReadAsync(reference.ConnectionString), await CatalogDump.ReadAsync(interrupted.ConnectionString));
    }

    private static int CountApplied(string output) =>
        output.Split('\n').Count(l => l.Contains(" took ", StringComparison.Ordinal) && l.Contains("): ", StringComparison.Ordinal));

    private static async Task<long> JournalCountAsync(ScratchDatabase database)
    {
        try
        {
            return await database.ScalarAsync<long>(JournalRows);
        }
        catch (Npgsql.PostgresException)
        {
            return 0; // the journal does not exist yet
        }
    }
}
