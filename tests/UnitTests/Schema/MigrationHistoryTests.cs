using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using WhisperAspire.Data;
using WhisperAspire.IntegrationTests.Schema.Reference;

namespace WhisperAspire.UnitTests.Schema;

/// <summary>The seeds' rules for the core migration history, checked on the migrations themselves (no server needed).</summary>
public sealed class MigrationHistoryTests : IDisposable
{
    private const string Cleanup = "20251013120000_DropLegacyCdlTables";
    private const string LastOfOctober20 = "20251020120000_AddPersonalityTraitsStylesAndValues";
    private readonly WhisperEngineDbContext _db = new DesignTimeDbContextFactoryAccess().Create();

    [Fact]
    public void The_history_follows_the_seeds_timeline_from_the_baseline_to_the_final_integration()
    {
        var ids = _db.Database.GetMigrations().ToList();

        Assert.True(ids.Count >= 6, string.Join(", ", ids));
        Assert.StartsWith("20251011", ids[0], StringComparison.Ordinal);
        Assert.Contains(Cleanup, ids);
        // Issue 10's core changes come as migrations after the Oct 20 one: the history ends there or later, never earlier.
        Assert.True(string.CompareOrdinal(ids[^1], LastOfOctober20) >= 0, $"{ids[^1]} sorts before {LastOfOctober20}");
        Assert.Equal(ids.Order(StringComparer.Ordinal), ids);
    }

    [Fact]
    public void After_the_cleanup_every_migration_is_additive_apart_from_the_documented_relaxations()
    {
        var decisions = DecisionTable.Load();
        var productionIndexes = ProductionCatalog.Load().Tables.Values.SelectMany(t => t.Indexes).Select(CatalogTable.IndexName).ToHashSet(StringComparer.Ordinal);
        var departures = MigrationsAfter(Cleanup)
            .SelectMany(m => AdditiveOnly.Departures(m.Migration.UpOperations, decisions, productionIndexes).Select(d => $"{m.Id}: {d}"))
            .ToList();

        Assert.True(departures.Count == 0, string.Join("\n", departures));
    }

    [Fact]
    public void The_cleanup_drops_the_legacy_cdl_and_v2_tables()
    {
        var dropped = MigrationsAfter("0").Single(m => m.Id == Cleanup).Migration.UpOperations
            .OfType<DropTableOperation>().Select(o => o.Name).ToList();

        Assert.Contains(dropped, name => name.StartsWith("cdl_", StringComparison.Ordinal));
        Assert.Contains(dropped, name => name.EndsWith("_v2", StringComparison.Ordinal));
    }

    [Fact]
    public void The_model_snapshot_matches_the_model() => Assert.False(_db.Database.HasPendingModelChanges());

    public void Dispose() => _db.Dispose();

    private IEnumerable<(string Id, Migration Migration)> MigrationsAfter(string id)
    {
        var assembly = _db.GetService<IMigrationsAssembly>();
        return assembly.Migrations
            .Where(m => string.CompareOrdinal(m.Key, id) > 0)
            .OrderBy(m => m.Key, StringComparer.Ordinal)
            .Select(m => (m.Key, assembly.CreateMigration(m.Value, _db.Database.ProviderName!)));
    }

    /// <summary>The model as dotnet ef builds it: Npgsql provider, snake_case, no connection opened.</summary>
    private sealed class DesignTimeDbContextFactoryAccess
    {
        public WhisperEngineDbContext Create()
        {
            var options = new DbContextOptionsBuilder<WhisperEngineDbContext>().UseNpgsql("Host=unused");
            WhisperEngineDbContext.UseNamingConvention(options);
            return new WhisperEngineDbContext(options.Options);
        }
    }
}
