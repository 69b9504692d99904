using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using WhisperAspire.Data;
using WhisperAspire.IntegrationTests.Infrastructure;
using WhisperAspire.MigrationService;
using WhisperAspire.MigrationService.Migrating;

namespace WhisperAspire.IntegrationTests.Schema;

public sealed class MigrationTelemetryTests(StackFixture fixture)
{
    [Fact]
    public async Task Every_applied_step_is_a_span_named_after_the_step_with_its_stage_and_checksum()
    {
        await using var database = await ScratchDatabase.CreateAsync(fixture.Stack);
        var spans = new ConcurrentQueue<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == MigrationWorker.ActivitySourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = spans.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);

        var options = new DbContextOptionsBuilder<WhisperEngineDbContext>().UseNpgsql(database.ConnectionString);
        WhisperEngineDbContext.UseNamingConvention(options);
        await using (var db = new WhisperEngineDbContext(options.Options))
        {
            Assert.True(await new SchemaMigrator(db, NullLogger<SchemaMigrator>.Instance).ApplyAsync(TestContext.Current.CancellationToken));
        }

        var journal = await Database.ListAsync(database.ConnectionString, "SELECT step || '|' || stage || '|' || checksum FROM schema_journal ORDER BY step");
        var traced = spans.Select(s => $"{s.DisplayName}|{s.GetTagItem("schema.stage")}|{s.GetTagItem("schema.checksum")}").Order(StringComparer.Ordinal);
        Assert.Equal(journal.Order(StringComparer.Ordinal), traced);
    }
}
