using System.Runtime.CompilerServices;
using System.Threading.Channels;
using WhisperAspire.Hosting.ApplicationModel;

namespace WhisperAspire.Hosting.Orchestration;

public sealed record ResourceEvent(Resource Resource, ResourceSnapshot Snapshot);

/// <summary>
/// The single source of truth for resource state, as Aspire's service of the same name: runners publish,
/// the console, waits and tests watch.
/// </summary>
public sealed class ResourceNotificationService
{
    private readonly Lock _gate = new();
    private readonly Dictionary<Resource, ResourceSnapshot> _snapshots = [];
    private readonly List<Channel<ResourceEvent>> _watchers = [];
    private long _version;

    /// <summary>Changes with every published snapshot: a cheap way for a viewer to see that something changed.</summary>
    public long Version => Interlocked.Read(ref _version);

    public ResourceSnapshot GetSnapshot(Resource resource)
    {
        lock (_gate)
        {
            return _snapshots.GetValueOrDefault(resource) ?? new ResourceSnapshot();
        }
    }

    public ResourceSnapshot Publish(Resource resource, Func<ResourceSnapshot, ResourceSnapshot> update)
    {
        lock (_gate)
        {
            var current = _snapshots.GetValueOrDefault(resource);
            var snapshot = update(current ?? new ResourceSnapshot());
            if (ReferenceEquals(snapshot, current))
            {
                return snapshot; // nothing changed, nothing to tell
            }

            _snapshots[resource] = snapshot;
            Interlocked.Increment(ref _version);
            foreach (var watcher in _watchers)
            {
                watcher.Writer.TryWrite(new ResourceEvent(resource, snapshot));
            }

            return snapshot;
        }
    }

    /// <summary>The current snapshot of every resource, then every change as it happens.</summary>
    public async IAsyncEnumerable<ResourceEvent> WatchAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var channel = Channel.CreateUnbounded<ResourceEvent>(new UnboundedChannelOptions { SingleReader = true });
        lock (_gate)
        {
            foreach (var (resource, snapshot) in _snapshots)
            {
                channel.Writer.TryWrite(new ResourceEvent(resource, snapshot));
            }

            _watchers.Add(channel);
        }

        try
        {
            await foreach (var resourceEvent in channel.Reader.ReadAllAsync(cancellationToken))
            {
                yield return resourceEvent;
            }
        }
        finally
        {
            lock (_gate)
            {
                _watchers.Remove(channel);
            }
        }
    }

    public async Task<ResourceSnapshot> WaitForAsync(string resourceName, Func<ResourceSnapshot, bool> predicate, CancellationToken cancellationToken = default)
    {
        await foreach (var (resource, snapshot) in WatchAsync(cancellationToken))
        {
            if (string.Equals(resource.Name, resourceName, StringComparison.OrdinalIgnoreCase) && predicate(snapshot))
            {
                return snapshot;
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        throw new InvalidOperationException("The resource watch ended.");
    }

    /// <summary>Waits until the resource is ready (running and healthy) or can no longer become so.</summary>
    public Task<ResourceSnapshot> WaitForResourceHealthyAsync(string resourceName, CancellationToken cancellationToken = default) =>
        WaitForAsync(resourceName, s => s.IsReady || s.IsTerminal, cancellationToken);
}
