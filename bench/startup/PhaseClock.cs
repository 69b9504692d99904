using System.Collections.Concurrent;
using System.Diagnostics;

namespace WhisperAspire.Bench.Startup;

/// <summary>Milliseconds from the start of a run to the end of each phase; the first mark of a phase counts.</summary>
internal sealed class PhaseClock
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly ConcurrentDictionary<string, double> _marks = new();

    public IReadOnlyDictionary<string, double> Marks => _marks;

    public void Mark(string phase) => _marks.TryAdd(phase, _clock.Elapsed.TotalMilliseconds);

    public void Record(string phase, double milliseconds) => _marks[phase] = milliseconds;

    public bool Has(string phase) => _marks.ContainsKey(phase);

    /// <summary>Marks the phase when the task it waits for completes.</summary>
    public async Task MarkWhenDoneAsync(Task task, string phase)
    {
        await task;
        Mark(phase);
    }
}

/// <summary>
/// One measured run: its phase ends; whether it stopped cleanly (exit code 0, no process left, PostgreSQL shut down
/// without needing recovery); and what it noticed on the way (the last process to go, the cluster's state).
/// </summary>
internal sealed record RunFigures(IReadOnlyDictionary<string, double> Phases, bool StoppedCleanly, string Notes);
