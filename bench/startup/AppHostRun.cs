using System.Diagnostics;
using CliWrap;

namespace WhisperAspire.Bench.Startup;

/// <summary>Starts the AppHost as a user does and reads the phase ends off its console timeline as the lines arrive.</summary>
internal static class AppHostRun
{
    public static async Task<Phases> MeasureAsync(string stateDirectory, int postgresPort, int apiPort)
    {
        var marks = new Dictionary<string, double>();
        var up = new TaskCompletionSource();
        var clock = Stopwatch.StartNew();
        using var stop = new CancellationTokenSource();
        var run = Cli.Wrap("dotnet")
            .WithArguments([new Projects.AppHost().AssemblyPath, $"--Postgres:Port={postgresPort}", $"--Api:Port={apiPort}",
                $"--AppHost:StateDirectory={stateDirectory}"])
            .WithStandardOutputPipe(PipeTarget.ToDelegate(line =>
            {
                Mark(marks, line, clock, "binaries", "postgres      Binaries:");
                Mark(marks, line, clock, "initdb", "Creating a PostgreSQL 16 cluster");
                Mark(marks, line, clock, "spawned", "postgres      Running (unhealthy)");
                Mark(marks, line, clock, "postgres", "postgres      Running (healthy)");
                Mark(marks, line, clock, "migrations", "migrations    Finished");
                Mark(marks, line, clock, "api", "api           Running (healthy)");
                if (line.Contains("Everything is up", StringComparison.Ordinal) || line.Contains("FailedToStart", StringComparison.Ordinal))
                {
                    up.TrySetResult();
                }
            }))
            .WithValidation(CommandResultValidation.None)
            .ExecuteAsync(CancellationToken.None, stop.Token);

        await Task.WhenAny(up.Task, run.Task).WaitAsync(TimeSpan.FromMinutes(3));
        await stop.CancelAsync(); // graceful: SIGINT, as Ctrl+C
        try
        {
            await run;
        }
        catch (OperationCanceledException)
        {
        }

        if (!marks.ContainsKey("api"))
        {
            throw new InvalidOperationException("The AppHost did not bring the Api up; run it by hand to see why.");
        }

        // initdb ends where the server process starts; a warm run has no initdb.
        double? initdb = marks.ContainsKey("initdb") ? marks["spawned"] : null;
        return new Phases(marks.GetValueOrDefault("binaries"), initdb, marks["postgres"], marks["migrations"], marks["api"]);
    }

    private static void Mark(Dictionary<string, double> marks, string line, Stopwatch clock, string phase, string text)
    {
        if (line.Contains(text, StringComparison.Ordinal))
        {
            lock (marks)
            {
                marks.TryAdd(phase, clock.Elapsed.TotalMilliseconds);
            }
        }
    }
}
