using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace WhisperAspire.Bench.Startup;

internal sealed class StartupBench(int runs)
{
    public async Task RunAsync()
    {
        var binDirectory = FindCachedBinaries();
        Console.WriteLine($"Startup benchmark: {runs} runs per mode, {Environment.ProcessorCount} cores, binaries {binDirectory}");

        var results = new List<(string Mode, Phases AppHost, Phases Direct)>();
        foreach (var cold in new[] { true, false })
        {
            var viaAppHost = new List<Phases>();
            var direct = new List<Phases>();
            for (var i = 0; i < runs; i++)
            {
                // Alternate the two so that machine noise falls on both alike.
                viaAppHost.Add(await WithStateAsync(cold, "apphost", state => AppHostRun.MeasureAsync(state, FreePort(), FreePort())));
                direct.Add(await WithStateAsync(cold, "direct", state => DirectRun.MeasureAsync(binDirectory, state, FreePort(), FreePort())));
            }

            results.Add((cold ? "cold" : "warm", Phases.Median(viaAppHost), Phases.Median(direct)));
        }

        Console.WriteLine();
        Console.WriteLine("Median milliseconds from start to the end of each phase:");
        Console.WriteLine($"{"mode",-5} {"run",-8} {"binaries",9} {"initdb",8} {"postgres",9} {"migrated",9} {"api",7}");
        foreach (var (mode, appHost, direct) in results)
        {
            Print(mode, "apphost", appHost);
            Print(mode, "direct", direct);
            Console.WriteLine($"{mode,-5} overhead: AppHost {appHost.ApiHealthy:0} ms vs direct {direct.ApiHealthy:0} ms = " +
                $"{(appHost.ApiHealthy / direct.ApiHealthy - 1) * 100:+0;-0} %");
        }
    }

    private static void Print(string mode, string run, Phases p) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{mode,-5} {run,-8} {Ms(p.BinariesReady),9} {Ms(p.InitdbFinished),8} {p.PostgresAccepting,9:0} {p.MigrationsFinished,9:0} {p.ApiHealthy,7:0}"));

    private static string Ms(double? value) => value is null ? "-" : value.Value.ToString("0", CultureInfo.InvariantCulture);

    /// <summary>Cold: a new, empty state folder. Warm: a folder whose cluster a first, unmeasured run created.</summary>
    private static async Task<Phases> WithStateAsync(bool cold, string name, Func<string, Task<Phases>> measure)
    {
        var state = Path.Combine(Path.GetTempPath(), "whisperaspire-bench", $"{name}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(state);
        File.SetUnixFileMode(Path.GetDirectoryName(state)!, (UnixFileMode)0b111_101_101);
        File.SetUnixFileMode(state, (UnixFileMode)0b111_101_101);
        try
        {
            if (!cold)
            {
                await measure(state);
            }

            return await measure(state);
        }
        finally
        {
            Directory.Delete(state, recursive: true);
        }
    }

    private static string FindCachedBinaries()
    {
        var cache = Environment.UserName == "root" ? "/var/cache/whisperaspire"
            : Path.Combine(Environment.GetEnvironmentVariable("XDG_CACHE_HOME") ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache"), "whisperaspire");
        var bin = Directory.EnumerateDirectories(Path.Combine(cache, "postgres"), "bin", SearchOption.AllDirectories).FirstOrDefault();
        return bin ?? throw new InvalidOperationException($"No cached PostgreSQL binaries under {cache}: run the AppHost once first (dotnet run --project AppHost).");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
