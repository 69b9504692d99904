using System.Diagnostics;
using System.Globalization;
using System.Runtime.Versioning;
using CliWrap;
using CliWrap.Buffered;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using WhisperAspire.Bench;
using WhisperAspire.Data;
using WhisperAspire.Data.Schema;
using WhisperAspire.MigrationService.Migrating;

namespace WhisperAspire.Bench.Migrations;

/// <summary>
/// Time to apply every stage to an empty database, against the floor: the same DDL (EF's generated script plus the
/// SQL stages) sent in one go by psql -f to the same server in the same run; and the no-op re-run.
/// </summary>
[SupportedOSPlatform("linux")]
internal static class MigrationsBench
{
    public static async Task Main(string[] args)
    {
        var runs = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 5;
        var psql = Which("psql") ?? throw new InvalidOperationException("The floor needs the psql client: apt-get install postgresql-client.");
        await using var server = await BenchServer.StartAsync();
        var floorScript = await WriteFloorScriptAsync(server);

        // One unmeasured run first, so the in-process figures are migration work, not JIT.
        await ApplyInProcessAsync(await server.CreateDatabaseAsync("warmup"));

        var full = new List<double>();
        var noOp = new List<double>();
        var floor = new List<double>();
        var process = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var database = await server.CreateDatabaseAsync($"full_{i}");
            full.Add(await ApplyInProcessAsync(database));
            noOp.Add(await ApplyInProcessAsync(database));
            floor.Add(await TimeAsync(() => Cli.Wrap(psql)
                .WithArguments(["-X", "-q", "-v", "ON_ERROR_STOP=1", "-f", floorScript, "--dbname", ToUri(server, $"floor_{i}")])
                .WithEnvironmentVariables(new Dictionary<string, string?> { ["PGPASSWORD"] = new NpgsqlConnectionStringBuilder(server.ServerConnectionString).Password })
                .ExecuteBufferedAsync(), before: () => server.CreateDatabaseAsync($"floor_{i}")));
            var processDatabase = await server.CreateDatabaseAsync($"process_{i}");
            process.Add(await TimeAsync(() => Cli.Wrap("dotnet").WithArguments([RepositoryLayout.Find().MigrationServiceDll])
                .WithEnvironmentVariables(new Dictionary<string, string?> { ["ConnectionStrings__whisperengine"] = processDatabase })
                .ExecuteBufferedAsync()));
        }

        var steps = SchemaCatalogSize();
        Console.WriteLine($"Migrations benchmark: {runs} runs, {Environment.ProcessorCount} cores, {steps} steps (core migrations + SQL scripts).");
        Console.WriteLine("Median milliseconds:");
        Console.WriteLine($"  floor (psql -f, one script)             {Median(floor),8:0}");
        Console.WriteLine($"  full apply (in-process migrator)        {Median(full),8:0}   = {Median(full) / Median(floor):0.00} x floor (target <= 1.5)");
        Console.WriteLine($"  no-op re-run (in-process migrator)      {Median(noOp),8:0}   (target <= 300)");
        Console.WriteLine($"  full apply (MigrationService process)   {Median(process),8:0}   (includes .NET start-up)");
    }

    private static async Task<double> ApplyInProcessAsync(string connectionString)
    {
        var options = new DbContextOptionsBuilder<WhisperEngineDbContext>().UseNpgsql(connectionString);
        WhisperEngineDbContext.UseNamingConvention(options);
        await using var db = new WhisperEngineDbContext(options.Options);
        var migrator = new SchemaMigrator(db, NullLogger<SchemaMigrator>.Instance);
        var clock = Stopwatch.StartNew();
        if (!await migrator.ApplyAsync(CancellationToken.None))
        {
            throw new InvalidOperationException("The migrator refused to run.");
        }

        return clock.Elapsed.TotalMilliseconds;
    }

    /// <summary>EF's script for every core migration followed by the enrichment and advanced scripts, in catalog order.</summary>
    private static async Task<string> WriteFloorScriptAsync(BenchServer server)
    {
        var options = new DbContextOptionsBuilder<WhisperEngineDbContext>().UseNpgsql(server.ServerConnectionString);
        WhisperEngineDbContext.UseNamingConvention(options);
        await using var db = new WhisperEngineDbContext(options.Options);
        var core = db.GetService<IMigrator>().GenerateScript();
        var scripts = SchemaCatalog.Load(db).Where(s => s.Kind == SchemaStepKind.SqlScript).Select(SchemaCatalog.ReadScript);
        var path = Path.Combine(Path.GetTempPath(), $"whisperaspire-floor-{Guid.NewGuid():N}.sql");
        // Each script in its own transaction, as the migrator runs it (a script may keep working tables ON COMMIT DROP).
        await File.WriteAllTextAsync(path, string.Join("\n;\n", [core, .. scripts.Select(script => $"BEGIN;\n{script}\n;\nCOMMIT")]));
        return path;
    }

    private static int SchemaCatalogSize()
    {
        var options = new DbContextOptionsBuilder<WhisperEngineDbContext>().UseNpgsql("Host=unused");
        WhisperEngineDbContext.UseNamingConvention(options);
        using var db = new WhisperEngineDbContext(options.Options);
        return SchemaCatalog.Load(db).Count;
    }

    private static async Task<double> TimeAsync(Func<Task> action, Func<Task>? before = null)
    {
        if (before is not null)
        {
            await before();
        }

        var clock = Stopwatch.StartNew();
        await action();
        return clock.Elapsed.TotalMilliseconds;
    }

    private static string ToUri(BenchServer server, string database)
    {
        var builder = new NpgsqlConnectionStringBuilder(server.ServerConnectionString);
        return $"postgresql://{builder.Username}@{builder.Host}:{builder.Port}/{database}";
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    private static string? Which(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Select(d => Path.Combine(d, program)).FirstOrDefault(File.Exists);
}
