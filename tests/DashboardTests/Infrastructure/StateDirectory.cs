namespace WhisperAspire.DashboardTests.Infrastructure;

/// <summary>
/// A throwaway AppHost:StateDirectory under /var/tmp, every folder on the way mode 0755: when the tests run as root,
/// PostgreSQL runs as an unprivileged account that must reach its data directory (root's home is 0700).
/// </summary>
internal static class StateDirectory
{
    private static readonly string Root = Path.Combine("/var/tmp", "whisperaspire-dashboard-tests");

    public static string Create()
    {
        var path = Path.Combine(Root, Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(path);
        if (!OperatingSystem.IsWindows())
        {
            const UnixFileMode everyoneCanEnter = (UnixFileMode)0b111_101_101;
            File.SetUnixFileMode(Root, everyoneCanEnter);
            File.SetUnixFileMode(path, everyoneCanEnter);
        }
        return path;
    }

    public static void Delete(string path)
    {
        try
        {
            Directory.Delete(path, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
        }
    }
}
