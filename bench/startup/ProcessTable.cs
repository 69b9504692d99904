using System.Runtime.InteropServices;

namespace WhisperAspire.Bench.Startup;

/// <summary>What /proc says about processes (command lines, environments, children) and signals to send them.</summary>
internal static partial class ProcessTable
{
    public const int SigInt = 2;
    public const int SigTerm = 15;

    public static void Send(int processId, int signal) => _ = kill(processId, signal);

    /// <summary>Alive and not a zombie (a zombie has exited; only its parent's wait is missing).</summary>
    public static bool IsAlive(int processId) =>
        Read($"/proc/{processId}/stat") is { Length: > 0 } stat && !stat.Split(") ")[^1].StartsWith('Z');

    /// <summary>The command line, its arguments separated by spaces; empty once the process is gone.</summary>
    public static string CommandLine(int processId) => Read($"/proc/{processId}/cmdline");

    /// <summary>The short name the kernel keeps (what ps shows as COMM).</summary>
    public static string Name(int processId) => Read($"/proc/{processId}/comm").Trim();

    /// <summary>Every descendant; a multi-threaded parent lists its children under the thread that started them.</summary>
    public static IReadOnlyList<int> Descendants(int processId)
    {
        var found = new List<int>();
        var pending = new Queue<int>([processId]);
        while (pending.TryDequeue(out var parent))
        {
            foreach (var child in ChildrenOf(parent))
            {
                found.Add(child);
                pending.Enqueue(child);
            }
        }

        return found;
    }

    /// <summary>Every live process whose command line contains the text, this one excepted.</summary>
    public static IReadOnlyList<int> CommandLineContains(string text) => [.. Others().Where(pid => CommandLine(pid).Contains(text, StringComparison.Ordinal))];

    /// <summary>Every live process whose environment contains the text, this one excepted.</summary>
    public static IReadOnlyList<int> EnvironmentContains(string text) => [.. Others().Where(pid => Read($"/proc/{pid}/environ").Contains(text, StringComparison.Ordinal))];

    private static IEnumerable<int> Others() => Directory.EnumerateDirectories("/proc")
        .Select(folder => int.TryParse(Path.GetFileName(folder), out var pid) ? pid : 0)
        .Where(pid => pid > 0 && pid != Environment.ProcessId && IsAlive(pid));

    private static IEnumerable<int> ChildrenOf(int processId)
    {
        string[] threads;
        try
        {
            threads = Directory.GetDirectories($"/proc/{processId}/task");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return []; // gone meanwhile
        }

        return threads.SelectMany(thread => Read(Path.Combine(thread, "children")).Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(int.Parse).Distinct();
    }

    private static string Read(string path)
    {
        try
        {
            return File.ReadAllText(path).Replace('\0', ' ');
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return ""; // gone meanwhile
        }
    }

    [LibraryImport("libc", SetLastError = true)]
    private static partial int kill(int pid, int sig);
}
