namespace WhisperAspire.Bench.Startup;

/// <summary>
/// Marks the phases the process table shows, polling the processes of a stack (DCP's tree, and for the AppHost run the
/// AppHost's) until the migrations have exited and the Api has started: initdb gone, each service's process appearing
/// (the AppHost starts their built executables), the MigrationService gone. Process starts and exits in another session raise no
/// event here, so the table is polled.
/// </summary>
internal sealed class ServiceProcessWatch(PhaseClock clock)
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(50);

    private readonly HashSet<string> _seen = [];

    /// <summary>Polls until both service phases are marked; <paramref name="tree"/> is asked again on every poll.</summary>
    public async Task WatchAsync(Func<IEnumerable<int>> tree, CancellationToken cancellationToken)
    {
        while (!(clock.Has(Phase.Migrated) && clock.Has(Phase.ApiStarted)))
        {
            var commandLines = tree().Where(ProcessTable.IsAlive).Select(ProcessTable.CommandLine).ToList();
            MarkWhenGone(commandLines, "bin/initdb ", Phase.Initdb);
            MarkWhenGone(commandLines, "MigrationService", Phase.Migrated);
            MarkWhenSeen(commandLines, "/MigrationService/bin/", Phase.MigrationsStarted);
            MarkWhenSeen(commandLines, "/Api/bin/", Phase.ApiStarted);

            await Task.Delay(PollInterval, cancellationToken);
        }
    }

    /// <summary>The DCP that monitors <paramref name="ownerPid"/> and lasts (not the one started with --detach, which exits).</summary>
    public static int? FindDcp(int ownerPid) =>
        ProcessTable.CommandLineContains($"--monitor {ownerPid} ").Cast<int?>().FirstOrDefault(pid =>
            ProcessTable.CommandLine(pid!.Value) is var line && line.Contains("start-apiserver", StringComparison.Ordinal) && !line.Contains("--detach", StringComparison.Ordinal));

    private void MarkWhenSeen(List<string> commandLines, string text, string phase)
    {
        if (commandLines.Any(line => line.Contains(text, StringComparison.Ordinal)))
        {
            clock.Mark(phase);
        }
    }

    private void MarkWhenGone(List<string> commandLines, string text, string phase)
    {
        if (commandLines.Any(line => line.Contains(text, StringComparison.Ordinal)))
        {
            _seen.Add(phase);
        }
        else if (_seen.Contains(phase))
        {
            clock.Mark(phase);
        }
    }
}
