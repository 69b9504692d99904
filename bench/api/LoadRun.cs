using System.Diagnostics;

namespace WhisperAspire.Bench.Api;

/// <summary>What one closed-loop run measured: completed operations, their rate, and the latency percentiles.</summary>
internal sealed record LoadResult(int Connections, long Operations, double PerSecond, double P50Ms, double P99Ms, long Failures);

/// <summary>
/// A closed-loop load generator: <c>connections</c> workers each repeat the operation back to back for the duration,
/// after an unmeasured warm-up, and every latency is kept (no sampling) for exact percentiles.
/// </summary>
internal static class LoadRun
{
    public static async Task<LoadResult> RunAsync(int connections, TimeSpan warmUp, TimeSpan duration, Func<CancellationToken, Task<bool>> operation)
    {
        using (var warm = new CancellationTokenSource(warmUp))
        {
            await Task.WhenAll(Enumerable.Range(0, connections).Select(_ => LoopAsync(operation, null, warm.Token)));
        }

        var latencies = new List<long>[connections];
        var failures = new long[connections];
        var clock = Stopwatch.StartNew();
        using (var measured = new CancellationTokenSource(duration))
        {
            await Task.WhenAll(Enumerable.Range(0, connections).Select(async i =>
            {
                latencies[i] = [];
                failures[i] = await LoopAsync(operation, latencies[i], measured.Token);
            }));
        }

        var elapsed = clock.Elapsed.TotalSeconds;
        var all = latencies.SelectMany(l => l).Order().ToArray();
        return new LoadResult(connections, all.Length, all.Length / elapsed, Percentile(all, 0.50), Percentile(all, 0.99), failures.Sum());
    }

    private static async Task<long> LoopAsync(Func<CancellationToken, Task<bool>> operation, List<long>? latencies, CancellationToken stop)
    {
        long failures = 0;
        while (!stop.IsCancellationRequested)
        {
            var start = Stopwatch.GetTimestamp();
            // The operation itself is not cancelled: a request cut off at the end would count as a failure.
            var ok = await operation(CancellationToken.None);
            if (!ok)
            {
                failures++;
                continue;
            }

            latencies?.Add(Stopwatch.GetTimestamp() - start);
        }

        return failures;
    }

    private static double Percentile(long[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)] * 1000.0 / Stopwatch.Frequency;
}
