using System.Runtime.InteropServices;

namespace WhisperAspire.Hosting.EmbeddedPostgres;

/// <summary>
/// Sends a signal to a process. Process.Kill can only SIGKILL; PostgreSQL's fast shutdown needs SIGINT, which
/// writes a checkpoint so the next start needs no crash recovery.
/// </summary>
internal static partial class PosixSignals
{
    public const int SigInt = 2;
    public const int SigTerm = 15;

    public static bool Send(int processId, int signal) => kill(processId, signal) == 0;

    [LibraryImport("libc", SetLastError = true)]
    private static partial int kill(int pid, int sig);
}
