using System.Diagnostics;
using CliWrap;

namespace WhisperAspire.Bench.Startup;

/// <summary>
/// SIGTERM to the AppHost (what service managers and scripts send; Ctrl+C's SIGINT takes the same path), then the time
/// until every process of its stack is gone: DCP (started with --monitor on the AppHost) and everything under it — the
/// dashboard, PostgreSQL, the services' dotnet run and the services, DCP's own monitors —, anything naming the state
/// folder, and anything whose environment names this run's PostgreSQL port (the services' connection strings).
/// </summary>
internal static class StackShutdown
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(20);
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(1);

    public static async Task<RunFigures> MeasureAsync(CommandTask<CommandResult> run, int appHostPid, int dcpPid, string state, int postgresPort,
        string dataDirectory, PhaseClock phases)
    {
        var stack = Processes(run.ProcessId, appHostPid, dcpPid, state, postgresPort);
        var names = stack.ToDictionary(pid => pid, Label);
        var clock = Stopwatch.StartNew();
        ProcessTable.Send(appHostPid, ProcessTable.SigTerm);

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
        var exitCode = (await run.Task.WaitAsync(Patience)).ExitCode;
        phases.Record(Phase.Shutdown, allGone);
        var survivors = string.Join(", ", alive.Select(pid => $"{names[pid]} ({pid})"));
        var notes = $"stack of {stack.Count} processes, gone by ms: {goneByName}; exit code {exitCode}; {ClusterState.Describe(dataDirectory)}" +
            (alive.Count > 0 ? $"; STILL RUNNING after {Patience.TotalSeconds:0} s: {survivors}" : "");
        return new RunFigures(phases.Marks, exitCode == 0 && alive.Count == 0 && ClusterState.ShutDownCleanly(dataDirectory), notes);
    }

    /// <summary>The kernel's name (COMM, 15 characters); for DCP with its role: start-apiserver, run-controllers, monitor-process.</summary>
    private static string Label(int pid) => ProcessTable.Name(pid) is "dcp"
        ? "dcp " + ProcessTable.CommandLine(pid).Split(' ', StringSplitOptions.RemoveEmptyEntries).ElementAtOrDefault(1)
        : ProcessTable.Name(pid);

    /// <summary>Taken while the stack runs, before the signal: afterwards orphans would no longer show whose they were.</summary>
    private static List<int> Processes(int launcherPid, int appHostPid, int dcpPid, string state, int postgresPort)
    {
        HashSet<int> stack = [launcherPid, appHostPid, dcpPid, .. ProcessTable.Descendants(appHostPid), .. ProcessTable.Descendants(dcpPid)];
        foreach (var dcp in stack.Where(pid => ProcessTable.Name(pid) == "dcp").ToList())
        {
            stack.UnionWith(ProcessTable.CommandLineContains($"--monitor {dcp} "));
        }

        stack.UnionWith(ProcessTable.CommandLineContains(state));
        stack.UnionWith(ProcessTable.EnvironmentContains($"Port={postgresPort};"));
        return [.. stack.Where(ProcessTable.IsAlive)];
    }
}
