namespace WhisperAspire.Bench.Startup;

/// <summary>Milliseconds from the start of a run to the end of each phase; null where the phase did not happen (warm: no initdb).</summary>
internal sealed record Phases(double? BinariesReady, double? InitdbFinished, double PostgresAccepting, double MigrationsFinished, double ApiHealthy)
{
    public static Phases Median(IReadOnlyList<Phases> runs) => new(
        MedianOf([.. runs.Select(r => r.BinariesReady).OfType<double>()]),
        MedianOf([.. runs.Select(r => r.InitdbFinished).OfType<double>()]),
        MedianOf([.. runs.Select(r => r.PostgresAccepting)])!.Value,
        MedianOf([.. runs.Select(r => r.MigrationsFinished)])!.Value,
        MedianOf([.. runs.Select(r => r.ApiHealthy)])!.Value);

    private static double? MedianOf(List<double> values)
    {
        if (values.Count == 0)
        {
            return null;
        }

        values.Sort();
        return values[values.Count / 2];
    }
}
