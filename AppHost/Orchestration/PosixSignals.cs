using System.Runtime.InteropServices;

namespace WhisperAspire.Hosting.Orchestration;

/// <summary>
/// Sends a signal to a process. Process.Kill can only SIGKILL; a graceful stop needs SIGINT (PostgreSQL's fast
/// shutdown, ASP.NET Core's Ctrl+C) so children finish cleanly and PostgreSQL needs no crash recovery next time.
/// </summary>
internal static partial class PosixSignals
{
    public const int SigInt = 2;
    public const int SigTerm = 15;

    public static bool Send(int processId, int signal) => kill(processId, signal) == 0;

    public static bool IsAlive(int processId) => kill(processId, 0) == 0 || Marshal.GetLastPInvokeError() == 1 /* EPERM: exists */;

    [LibraryImport("libc", SetLastError = true)]
    private static partial int kill(int pid, int sig);
}
