using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace WhisperAspire.Hosting.Dashboard.Storage;

/// <summary>
/// Writes what the receivers accept into the archive, off the request path and in groups of batches. The queue is
/// bounded: if the disk cannot keep up, exporters are slowed down rather than the AppHost's memory growing.
/// </summary>
public sealed class TelemetryArchiveWriter(TelemetryArchive archive, DashboardOptions options, TimeProvider time, ILogger<TelemetryArchiveWriter> logger)
{
    private static readonly TimeSpan TrimInterval = TimeSpan.FromSeconds(5);
    // A few exports' worth: a deeper queue would only hold telemetry in memory that the store already holds.
    private readonly Channel<TelemetryBatch> _queue = Channel.CreateBounded<TelemetryBatch>(
        new BoundedChannelOptions(8) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    private Task _writing = Task.CompletedTask;

    public long RunId { get; private set; }

    public void Start()
    {
        RunId = archive.StartRun(time.GetUtcNow(), options.RunsKept);
        _writing = Task.Run(WriteAsync);
    }

    public ValueTask EnqueueAsync(TelemetryBatch batch, CancellationToken cancellationToken) => _queue.Writer.WriteAsync(batch, cancellationToken);

    /// <summary>Writes what is queued, then returns.</summary>
    public async Task StopAsync()
    {
        _queue.Writer.TryComplete();
        await _writing;
    }

    private async Task WriteAsync()
    {
        using var connection = archive.Open();
        var lastTrim = time.GetUtcNow();
        var pending = new List<TelemetryBatch>();
        while (await _queue.Reader.WaitToReadAsync())
        {
            while (pending.Count < 64 && _queue.Reader.TryRead(out var batch))
            {
                pending.Add(batch);
            }

            try
            {
                archive.Write(connection, RunId, pending);
                if (time.GetUtcNow() - lastTrim > TrimInterval)
                {
                    TelemetryArchive.Trim(connection, RunId, options.Limits);
                    lastTrim = time.GetUtcNow();
                }
            }
            catch (Microsoft.Data.Sqlite.SqliteException ex)
            {
                // The live store still has it; only the record for later runs is missing.
                logger.LogWarning("The dashboard could not archive {Count} telemetry batches in {Path}: {Reason}", pending.Count, archive.Path, ex.Message);
            }

            pending.Clear();
        }

        TelemetryArchive.Trim(connection, RunId, options.Limits);
    }
}
