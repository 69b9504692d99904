using System.Diagnostics;

namespace WhisperAspire.Bench.Startup;

/// <summary>
/// The stop of a stack — SIGTERM to the AppHost (what service managers and scripts send; Ctrl+C's SIGINT takes the same
/// path), or disposing an Aspire.Hosting.Testing application — and the time until every process of it is gone: DCP
/// (started with --monitor on its owner) and everything under it — the dashboard, PostgreSQL and the services, DCP's
/// own monitors —, anything naming the state folder, and anything whose environment names this run's PostgreSQL port
/// (the services' connection strings).
/// </summary>
internal static class StackShutdown
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(20);
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Starts <paramref name="stop"/> (which ends with the exit code) and polls until every process of
    /// <paramref name="stack"/> is gone; <paramref name="stopped"/> names what the stop's own end means.
    /// </summary>
    public static async Task<RunFigures> MeasureAsync(IReadOnlyList<int> stack, string stopped, Func<Task<int>> stop, string dataDirectory, PhaseClock phases)
    {
        var names = stack.ToDictionary(pid => pid, Label);
        var clock = Stopwatch.StartNew();
        var stopping = stop();
        double? stoppedAt = null;
        _ = stopping.ContinueWith(_ => stoppedAt = clock.Elapsed.TotalMilliseconds, TaskScheduler.Default);

        var goneAt = new Dictionary<int, double>();
        var alive = stack.Where(ProcessTable.IsAlive).ToList();
        while (alive.Count > 0 && clock.Elapsed < Patience)
        {
            await Task.Delay(PollInterval); // exits of processes that are not our children raise no event here
            var still = alive.Where(ProcessTable.IsAlive).ToList();
            foreach (var gone in alive.Except(still))
            {
                goneAt[gone] = clock.Elapsed.TotalMilliseconds;
            }

            alive = still;
        }

        var allGone = clock.Elapsed.TotalMilliseconds;
        // By name (the kernel's 15-character COMM), when the last of that name was gone.
        var goneByName = string.Join(", ", goneAt.GroupBy(gone => names[gone.Key]).Select(name => (Name: name.Key, At: name.Max(gone => gone.Value)))
            .OrderBy(name => name.At).Select(name => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{name.Name} {name.At:0}")));
        var exitCode = await stopping.WaitAsync(Patience);
        phases.Record(Phase.Shutdown, allGone);
        var survivors = string.Join(", ", alive.Select(pid => $"{names[pid]} ({pid})"));
        var notes = string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"stack of {stack.Count} processes, gone by ms: {goneByName}; {stopped} at {stoppedAt ?? clock.Elapsed.TotalMilliseconds:0} ms with exit code {exitCode}; ") +
            ClusterState.Describe(dataDirectory) +
            (alive.Count > 0 ? $"; STILL RUNNING after {Patience.TotalSeconds:0} s: {survivors}" : "");
        return new RunFigures(phases.Marks, exitCode == 0 && alive.Count == 0 && ClusterState.ShutDownCleanly(dataDirectory), notes);
    }

    /// <summary>The kernel's name (COMM, 15 characters); for DCP with its role: start-apiserver, run-controllers, monitor-process.</summary>
    private static string Label(int pid) => ProcessTable.Name(pid) is "dcp"
        ? "dcp " + ProcessTable.CommandLine(pid).Split(' ', StringSplitOptions.RemoveEmptyEntries).ElementAtOrDefault(1)
        : ProcessTable.Name(pid);

    /// <summary>
    /// The stack's processes: <paramref name="owners"/>, DCP and its tree, DCP's monitors, anything naming the state folder
    /// or with this run's PostgreSQL port in its environment. Taken while the stack runs, before the stop: afterwards
    /// orphans would no longer show whose they were.
    /// </summary>
    public static List<int> Processes(IEnumerable<int> owners, int dcpPid, string state, int postgresPort)
    {
        HashSet<int> stack = [.. owners, dcpPid, .. ProcessTable.Descendants(dcpPid)];
        foreach (var dcp in stack.Where(pid => ProcessTable.Name(pid) == "dcp").ToList())
        {
            stack.UnionWith(ProcessTable.CommandLineContains($"--monitor {dcp} "));
        }

        stack.UnionWith(ProcessTable.CommandLineContains(state));
        stack.UnionWith(ProcessTable.EnvironmentContains($"Port={postgresPort};"));
        return [.. stack.Where(ProcessTable.IsAlive)];
    }
}
