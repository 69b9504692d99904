using System.Globalization;

namespace WhisperAspire.Bench.Startup;

/// <summary>
/// Runs each mode the given number of times, the AppHost and its floor alternately so that the machine's noise falls on
/// both alike, printing each run as it ends and then the medians. Cold: a new, empty state folder per run. Warm: one
/// state folder per kind whose cluster and schema an unmeasured first run created, reused by every measured run.
/// </summary>
internal sealed class StartupBench(RepositoryLayout repo, int runs, IReadOnlySet<string> kinds)
{
    private const string AppHost = "apphost";
    private const string DotnetRun = "dotnet run";
    private const string Direct = "direct";
    private const string Testing = "testing";

    private readonly Dictionary<(string Mode, string Kind), List<RunFigures>> _results = [];
    private readonly List<string> _failures = [];

    public async Task RunAsync()
    {
        Console.WriteLine($"Startup benchmark: {runs} runs per mode, {Environment.ProcessorCount} cores, load average {LoadAverage()}, binaries {repo.PostgresBinDirectory}");
        Console.WriteLine("dotnet run uses --no-launch-profile with the launch profile's variables on free ports (its own ports 18888-18890 may be another AppHost's).");

        for (var i = 0; i < runs; i++)
        {
            await MeasureAsync("cold", AppHost, () => Cold(AppHost, state => new AppHostRun(repo, state, viaDotnetRun: false).MeasureAsync()));
            await MeasureAsync("cold", Direct, () => Cold(Direct, state => new DirectRun(repo, state).MeasureAsync()));
            await MeasureAsync("cold", Testing, () => Cold(Testing, state => new TestingBuilderRun(state).MeasureAsync()));
        }

        var warmAppHost = NewState("warm-" + AppHost);
        var warmDirect = NewState("warm-" + Direct);
        var warmTesting = NewState("warm-" + Testing);
        try
        {
            Console.WriteLine("warm: unmeasured first runs create the clusters and apply the schema");
            if (Runs(AppHost) || Runs(DotnetRun))
            {
                await new AppHostRun(repo, warmAppHost, viaDotnetRun: false).MeasureAsync();
            }

            if (Runs(Direct))
            {
                await new DirectRun(repo, warmDirect).MeasureAsync();
            }

            if (Runs(Testing))
            {
                await new TestingBuilderRun(warmTesting).MeasureAsync();
            }

            for (var i = 0; i < runs; i++)
            {
                await MeasureAsync("warm", AppHost, () => new AppHostRun(repo, warmAppHost, viaDotnetRun: false).MeasureAsync());
                await MeasureAsync("warm", Direct, () => new DirectRun(repo, warmDirect).MeasureAsync());
                await MeasureAsync("warm", DotnetRun, () => new AppHostRun(repo, warmAppHost, viaDotnetRun: true).MeasureAsync());
                await MeasureAsync("warm", Testing, () => new TestingBuilderRun(warmTesting).MeasureAsync());
            }
        }
        finally
        {
            Directory.Delete(warmAppHost, recursive: true);
            Directory.Delete(warmDirect, recursive: true);
            Directory.Delete(warmTesting, recursive: true);
        }

        Console.WriteLine();
        Console.WriteLine($"load average at the end: {LoadAverage()}");
        ResultTable.Print(_results, runs);
        Console.WriteLine(_failures.Count == 0 ? "every run reached a healthy Api" : $"{_failures.Count} run(s) failed and are not in the medians (see above)");
    }

    private bool Runs(string kind) => kinds.Count == 0 || kinds.Contains(kind);

    private async Task MeasureAsync(string mode, string kind, Func<Task<RunFigures>> measure)
    {
        if (!Runs(kind))
        {
            return;
        }

        RunFigures figures;
        try
        {
            figures = await measure();
        }
        catch (Exception ex)
        {
            // A start that never got there is a result too: say so, keep it out of the medians, go on.
            _failures.Add($"{mode} {kind}: {ex.Message}");
            Console.WriteLine($"{mode} {kind}: FAILED: {ex.Message}");
            return;
        }

        if (!_results.TryGetValue((mode, kind), out var list))
        {
            _results[(mode, kind)] = list = [];
        }

        list.Add(figures);
        var phases = string.Join(", ", Phase.Columns.Where(figures.Phases.ContainsKey)
            .Select(phase => string.Create(CultureInfo.InvariantCulture, $"{phase} {figures.Phases[phase]:0}")));
        Console.WriteLine($"{mode} {kind} #{list.Count}: {phases} ms; {figures.Notes}");
    }

    /// <summary>A cold run gets a new, empty state folder, removed afterwards.</summary>
    private static async Task<RunFigures> Cold(string kind, Func<string, Task<RunFigures>> measure)
    {
        var state = NewState(kind);
        try
        {
            return await measure(state);
        }
        finally
        {
            Directory.Delete(state, recursive: true);
        }
    }

    /// <summary>Under /tmp with 0755 parents: PostgreSQL runs as nobody and must reach its data directory.</summary>
    private static string NewState(string kind)
    {
        var parent = Path.Combine(Path.GetTempPath(), "whisperaspire-bench");
        var state = Path.Combine(parent, $"startup-{kind.Replace(' ', '-')}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(state);
        File.SetUnixFileMode(parent, (UnixFileMode)0b111_101_101);
        File.SetUnixFileMode(state, (UnixFileMode)0b111_101_101);
        return state;
    }

    private static string LoadAverage() => string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
}
