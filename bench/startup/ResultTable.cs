using System.Globalization;

namespace WhisperAspire.Bench.Startup;

/// <summary>Medians per mode, as a Markdown table (bench/README.md takes it as it is), then the ratios to the floor. Figures only.</summary>
internal static class ResultTable
{
    private static readonly (string Mode, string Kind, double? TargetMs)[] Rows =
    [
        ("cold", "apphost", 13_000), ("cold", "testing", null), ("cold", "direct", null),
        ("warm", "apphost", 10_000), ("warm", "dotnet run", 13_000), ("warm", "testing", 12_000), ("warm", "direct", null),
    ];

    public static void Print(IReadOnlyDictionary<(string Mode, string Kind), List<RunFigures>> results, int runs)
    {
        Console.WriteLine($"Medians of the runs that reached a healthy Api ({runs} per mode asked), ms from process start to the end of each phase " +
            "(shutdown: from the stop signal until every process is gone):");
        Console.WriteLine();
        Console.WriteLine($"| mode | run | runs | {string.Join(" | ", Phase.Columns)} | stopped cleanly |");
        Console.WriteLine($"|---|---|---|{string.Concat(Phase.Columns.Select(_ => "---|"))}---|");
        foreach (var (mode, kind, _) in Rows.Where(row => results.ContainsKey((row.Mode, row.Kind))))
        {
            var figures = results[(mode, kind)];
            var cells = Phase.Columns.Select(phase => Median(figures, phase) is { } ms ? ms.ToString("0", CultureInfo.InvariantCulture) : "–");
            Console.WriteLine($"| {mode} | {kind} | {figures.Count} | {string.Join(" | ", cells)} | {figures.Count(f => f.StoppedCleanly)}/{figures.Count} |");
        }

        Console.WriteLine();
        foreach (var (mode, kind, target) in Rows.Where(row => row.TargetMs is not null && results.ContainsKey((row.Mode, row.Kind)) && results.ContainsKey((row.Mode, "direct"))))
        {
            var product = Median(results[(mode, kind)], Phase.ApiHealthy)!.Value;
            var floor = Median(results[(mode, "direct")], Phase.ApiHealthy)!.Value;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{mode} {kind} → api healthy: {product:0} ms = {product / floor:0.00} × the direct floor ({floor:0} ms), {product - floor:+0;-0} ms; issue's target ≤ {target:0} ms"));
        }

        // The services' own time, from their process's start: in the stack they share the cores with DCP, the dashboard and the AppHost.
        foreach (var (mode, kind, _) in Rows.Where(row => results.ContainsKey((row.Mode, row.Kind))))
        {
            var migrations = Median(results[(mode, kind)], Between(Phase.MigrationsStarted, Phase.Migrated));
            var api = Median(results[(mode, kind)], Between(Phase.ApiStarted, Phase.ApiHealthy));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{mode} {kind}: the MigrationService ran {migrations:0} ms; the Api answered {api:0} ms after its process started"));
        }

        foreach (var (mode, kind, stop) in new[] { "cold", "warm" }
                     .SelectMany(mode => new[] { (Mode: mode, Kind: "apphost", Stop: "SIGTERM"), (Mode: mode, Kind: "testing", Stop: "DisposeAsync") })
                     .Where(row => results.ContainsKey((row.Mode, row.Kind)) && results.ContainsKey((row.Mode, "direct"))))
        {
            var product = Median(results[(mode, kind)], Phase.Shutdown)!.Value;
            var floor = Median(results[(mode, "direct")], Phase.Shutdown)!.Value;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{mode} {kind} {stop} → every child gone: {product:0} ms (direct floor, Api then PostgreSQL: {floor:0} ms); issue's target ≤ 3000 ms"));
        }
    }

    private static Func<IReadOnlyDictionary<string, double>, double?> Between(string from, string to) =>
        phases => phases.TryGetValue(from, out var start) && phases.TryGetValue(to, out var end) ? end - start : null;

    private static double? Median(List<RunFigures> runs, string phase) =>
        Median(runs, phases => phases.TryGetValue(phase, out var ms) ? ms : null);

    private static double? Median(List<RunFigures> runs, Func<IReadOnlyDictionary<string, double>, double?> figure)
    {
        var values = runs.Select(run => figure(run.Phases)).OfType<double>().Order().ToList();
        return values.Count == 0 ? null : values.Count % 2 == 1 ? values[values.Count / 2] : (values[(values.Count / 2) - 1] + values[values.Count / 2]) / 2;
    }
}
