using System.Collections.Concurrent;

namespace WhisperAspire.Hosting.Dashboard.Otlp;

/// <summary>
/// One instance of each short text that telemetry repeats (span names, attribute keys and values such as
/// "postgresql" or a query's text): with 100,000 spans stored, copies would be most of the store's memory.
/// Bounded: when full it starts over, so a stream of unique values cannot grow it.
/// </summary>
internal static class TextPool
{
    private const int MaxLength = 512;
    private const int MaxEntries = 50_000;
    private static readonly ConcurrentDictionary<string, string> Pool = new(StringComparer.Ordinal);

    public static string Intern(string text)
    {
        if (text.Length > MaxLength)
        {
            return text;
        }

        if (Pool.TryGetValue(text, out var pooled))
        {
            return pooled;
        }

        if (Pool.Count >= MaxEntries)
        {
            Pool.Clear();
        }

        return Pool.GetOrAdd(text, text);
    }
}
