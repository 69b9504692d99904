using System.Diagnostics;
using WhisperAspire.Hosting.Dashboard.Storage;

namespace WhisperAspire.Bench.Otlp;

/// <summary>Resident set size of this process (receiver, store, archive writer, UI and the load generator), as the OS counts it.</summary>
internal sealed record Memory(long Resident, long ResidentAfterGc, int Spans)
{
    public static Memory Measure(TelemetryStore store)
    {
        var spans = store.Counts().Spans.Stored;
        var resident = Current();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        return new Memory(resident, Current(), spans);
    }

    private static long Current()
    {
        using var process = Process.GetCurrentProcess();
        return process.WorkingSet64;
    }
}
