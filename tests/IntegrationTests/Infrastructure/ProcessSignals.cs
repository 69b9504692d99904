using System.Runtime.InteropServices;

namespace WhisperAspire.IntegrationTests.Infrastructure;

/// <summary>Signals and the process table, as the lifecycle tests need to see them.</summary>
internal static partial class ProcessSignals
{
    public const int SigKill = 9;
    public const int SigTerm = 15;

    public static bool Send(int processId, int signal) => kill(processId, signal) == 0;

    /// <summary>Alive and not a zombie (a zombie has exited; only its parent's wait is missing).</summary>
    public static bool IsAlive(int processId) =>
        File.Exists($"/proc/{processId}/stat") && !File.ReadAllText($"/proc/{processId}/stat").Split(") ")[^1].StartsWith('Z');

    /// <summary>Every process whose command line mentions the text (a stack's state folder or port), but not this test run.</summary>
    public static IReadOnlyList<int> Mentioning(string text) =>
        [.. Directory.EnumerateDirectories("/proc")
            .Select(Path.GetFileName)
            .Select(name => int.TryParse(name, out var pid) ? pid : 0)
            .Where(pid => pid > 0 && pid != System.Environment.ProcessId && IsAlive(pid) && CommandLine(pid).Contains(text, StringComparison.Ordinal))];

    /// <summary>Every process whose environment mentions the text (the services get the database's port in their connection string).</summary>
    public static IReadOnlyList<int> WithEnvironmentMentioning(string text) =>
        [.. Directory.EnumerateDirectories("/proc")
            .Select(Path.GetFileName)
            .Select(name => int.TryParse(name, out var pid) ? pid : 0)
            .Where(pid => pid > 0 && pid != System.Environment.ProcessId && IsAlive(pid) && EnvironmentOf(pid).Contains(text, StringComparison.Ordinal))];

    private static string CommandLine(int pid) => Read($"/proc/{pid}/cmdline");

    private static string EnvironmentOf(int pid) => Read($"/proc/{pid}/environ");

    private static string Read(string path)
    {
        try
        {
            return File.ReadAllText(path).Replace('\0', ' ');
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return ""; // gone meanwhile, or not ours to read
        }
    }

    [LibraryImport("libc", SetLastError = true)]
    private static partial int kill(int pid, int sig);
}
