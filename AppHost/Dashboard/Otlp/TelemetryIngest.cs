using WhisperAspire.Hosting.Dashboard.Storage;

namespace WhisperAspire.Hosting.Dashboard.Otlp;

/// <summary>Where both receivers (gRPC and HTTP) hand what they decoded: the live store first, then the archive.</summary>
internal sealed class TelemetryIngest(TelemetryStore store, TelemetryArchiveWriter archive)
{
    public ValueTask AcceptAsync(TelemetryBatch batch, CancellationToken cancellationToken)
    {
        if (batch.Count == 0)
        {
            return ValueTask.CompletedTask;
        }

        store.Add(batch);
        return archive.EnqueueAsync(batch, cancellationToken);
    }
}
