namespace WhisperAspire.IntegrationTests.Infrastructure;

/// <summary>
/// Throwaway folders for a stack's state. Under /tmp with mode 0755 rather than Directory.CreateTempSubdirectory's
/// 0700: when the tests run as root, PostgreSQL runs as an unprivileged account that must reach its data directory.
/// </summary>
internal static class TestDirectories
{
    private static readonly string Root = Path.Combine(Path.GetTempPath(), "whisperaspire-tests");

    public static string Create(string purpose)
    {
        var path = Path.Combine(Root, $"{purpose}-{Guid.NewGuid().ToString("N")[..12]}");
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
