using WhisperAspire.Hosting.EmbeddedPostgres;

namespace WhisperAspire.AppHost.Lifecycle;

/// <summary>Linux process plumbing the graceful shutdown needs: a process's children, SIGTERM, and waiting for exit.</summary>
internal static class ProcessTree
{
    public static IReadOnlyList<int> Children(int processId)
    {
        var listing = $"/proc/{processId}/task/{processId}/children";
        return File.Exists(listing)
            ? [.. File.ReadAllText(listing).Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse)]
            : [];
    }

    /// <summary>SIGTERM to each, then wait until all have exited or the grace period is over.</summary>
    public static void Terminate(IReadOnlyList<int> processIds, TimeSpan grace)
    {
        foreach (var processId in processIds)
        {
            PosixSignals.Send(processId, PosixSignals.SigTerm);
        }

        var deadline = DateTime.UtcNow + grace;
        while (processIds.Any(IsRunning) && DateTime.UtcNow < deadline)
        {
            Thread.Sleep(20); // an unrelated process's exit has no event to wait on
        }
    }

    // A zombie has exited: only its parent's wait is missing.
    private static bool IsRunning(int processId) =>
        File.Exists($"/proc/{processId}/stat") && !File.ReadAllText($"/proc/{processId}/stat").Split(") ")[^1].StartsWith('Z');
}
