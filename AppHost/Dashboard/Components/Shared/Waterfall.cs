using WhisperAspire.Hosting.Dashboard.Storage;

namespace WhisperAspire.Hosting.Dashboard.Components.Shared;

/// <summary>Orders a trace's spans as a tree (each parent followed by its children, by start time) with their depth.</summary>
public static class Waterfall
{
    public static IReadOnlyList<(SpanRecord Span, int Depth)> Order(IReadOnlyList<SpanRecord> spans)
    {
        var ids = spans.Select(s => s.SpanId).ToHashSet();
        var children = spans.Where(s => s.ParentSpanId is not null && ids.Contains(s.ParentSpanId))
            .ToLookup(s => s.ParentSpanId!);
        // A span whose parent is missing (evicted, or in a process that has not exported yet) starts its own tree.
        var roots = spans.Where(s => s.ParentSpanId is null || !ids.Contains(s.ParentSpanId)).OrderBy(s => s.Start);
        var ordered = new List<(SpanRecord, int)>(spans.Count);
        foreach (var root in roots)
        {
            Visit(root, 0);
        }

        return ordered;

        void Visit(SpanRecord span, int depth)
        {
            ordered.Add((span, depth));
            foreach (var child in children[span.SpanId].OrderBy(c => c.Start))
            {
                Visit(child, depth + 1);
            }
        }
    }
}
