namespace WhisperAspire.Hosting.Dashboard.Storage;

/// <summary>
/// A fixed-size ring of the newest items: adding past the capacity drops the oldest, so memory stays flat however
/// long the run. Not thread-safe; <see cref="TelemetryStore"/> guards it.
/// </summary>
internal sealed class BoundedBuffer<T>(int capacity) where T : class
{
    private readonly T?[] _items = new T?[capacity];
    private long _added;

    public int Capacity => capacity;

    public int Count => (int)Math.Min(_added, capacity);

    /// <summary>How many items were dropped to make room; shown so that eviction is never silent.</summary>
    public long Evicted => Math.Max(0, _added - capacity);

    /// <summary>Adds an item and returns the one it displaced, if any.</summary>
    public T? Add(T item)
    {
        var slot = (int)(_added % capacity);
        var evicted = _items[slot];
        _items[slot] = item;
        _added++;
        return evicted;
    }

    /// <summary>Newest first; lazily, so a page that wants the last hundred reads a hundred.</summary>
    public IEnumerable<T> NewestFirst()
    {
        var count = Count;
        var end = _added;
        for (var i = 1; i <= count; i++)
        {
            yield return _items[(int)((end - i) % capacity)]!;
        }
    }
}
