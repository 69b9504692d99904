using System.Buffers.Binary;

namespace WhisperAspire.Bench.Startup;

/// <summary>
/// How PostgreSQL left its cluster, read from the files (the server's log is only in the dashboard): postmaster.pid
/// removed, and pg_control's state — what pg_controldata prints as "Database cluster state" — "shut down", which is
/// what lets the next start skip crash recovery.
/// </summary>
internal static class ClusterState
{
    public static bool ShutDownCleanly(string dataDirectory) =>
        !File.Exists(Path.Combine(dataDirectory, "postmaster.pid")) && ControlState(dataDirectory) == "shut down";

    public static string Describe(string dataDirectory) =>
        $"postmaster.pid {(File.Exists(Path.Combine(dataDirectory, "postmaster.pid")) ? "left behind" : "removed")}, pg_control: {ControlState(dataDirectory)}";

    private static string ControlState(string dataDirectory)
    {
        var control = File.ReadAllBytes(Path.Combine(dataDirectory, "global", "pg_control"));
        // ControlFileData starts with uint64 system_identifier, uint32 pg_control_version, uint32 catalog_version_no, DBState state.
        return BinaryPrimitives.ReadInt32LittleEndian(control.AsSpan(16)) switch
        {
            0 => "starting up",
            1 => "shut down",
            2 => "shut down in recovery",
            3 => "shutting down",
            4 => "in crash recovery",
            5 => "in archive recovery",
            6 => "in production",
            var state => $"unknown state {state}",
        };
    }
}
