using WhisperAspire.Hosting.ApplicationModel;

namespace WhisperAspire.Hosting.Orchestration;

public sealed record LogLine(DateTimeOffset Timestamp, string Text, bool IsError);

/// <summary>
/// Each resource's console output (stdout and stderr), kept in a bounded buffer so a failure can be explained
/// with its last lines and a long run cannot grow without limit.
/// </summary>
public sealed class ResourceLoggerService(TimeProvider time)
{
    public const int LinesPerResource = 2000;

    private readonly Lock _gate = new();
    private readonly Dictionary<string, Queue<LogLine>> _lines = new(StringComparer.OrdinalIgnoreCase);
    private long _appended;

    /// <summary>Lines appended so far, over all resources: a cheap way for a viewer to see that something changed.</summary>
    public long Version => Interlocked.Read(ref _appended);

    public void Append(Resource resource, string text, bool isError)
    {
        lock (_gate)
        {
            if (!_lines.TryGetValue(resource.Name, out var lines))
            {
                _lines[resource.Name] = lines = new Queue<LogLine>();
            }

            if (lines.Count == LinesPerResource)
            {
                lines.Dequeue();
            }

            lines.Enqueue(new LogLine(time.GetUtcNow(), text, isError));
            _appended++;
        }
    }

    public IReadOnlyList<LogLine> GetLines(Resource resource)
    {
        lock (_gate)
        {
            return _lines.TryGetValue(resource.Name, out var lines) ? [.. lines] : [];
        }
    }

    /// <summary>The last lines worth showing when the resource failed: its errors if it wrote any, else its output.</summary>
    public IReadOnlyList<string> Tail(Resource resource, int count)
    {
        var lines = GetLines(resource);
        var errors = lines.Where(l => l.IsError || l.Text.Contains("fail:", StringComparison.Ordinal) || l.Text.Contains("ERROR", StringComparison.Ordinal)).ToList();
        var source = errors.Count > 0 ? lines.SkipWhile(l => l != errors[0]).ToList() : lines;
        return [.. source.TakeLast(count).Select(l => l.Text)];
    }
}
