using CliWrap;
using CliWrap.Buffered;

namespace WhisperAspire.Hosting.EmbeddedPostgres;

/// <summary>
/// When the server runs as another account (the AppHost is root), every folder on the way to the data directory
/// must let that account through; a 0700 folder such as mktemp -d makes does not, and initdb would fail with a bare
/// "Permission denied". Asked of the account itself, so ACLs and group memberships count as they will for the server.
/// </summary>
internal static class FolderAccess
{
    private const string FirstBlocked = "for d; do [ -x \"$d\" ] || { printf '%s' \"$d\"; exit 1; }; done";

    public static async Task EnsureReachableAsync(string dataDirectory, ServerAccount account, CancellationToken cancellationToken)
    {
        if (!account.SwitchesUser || OperatingSystem.IsWindows())
        {
            return;
        }

        var result = await account.Command("/bin/sh", ["-c", FirstBlocked, "sh", .. ExistingFoldersOnTheWay(dataDirectory)])
            .WithValidation(CommandResultValidation.None)
            .ExecuteBufferedAsync(cancellationToken);
        if (result.ExitCode == 0)
        {
            return;
        }

        var blocked = result.StandardOutput;
        var mode = Convert.ToString((int)File.GetUnixFileMode(blocked), 8);
        throw new EmbeddedPostgresException(
            $"PostgreSQL runs as '{account.UserName}' (PostgreSQL refuses to run as root), and '{account.UserName}' cannot enter {blocked} " +
            $"(mode {mode}) on the way to the data directory {dataDirectory}. Nothing was changed. Either let it through " +
            $"(chmod o+x {blocked}), or choose a data directory outside it (Postgres:DataDirectory; the default under " +
            "/var/lib/whisperaspire works), or run PostgreSQL as an account that can enter it (Postgres:RunAs).");
    }

    /// <summary>From the root down to the data directory, the folders that exist already.</summary>
    private static IEnumerable<string> ExistingFoldersOnTheWay(string dataDirectory)
    {
        var folders = new Stack<string>();
        for (var folder = Path.GetFullPath(dataDirectory); folder is not null; folder = Path.GetDirectoryName(folder))
        {
            if (Directory.Exists(folder))
            {
                folders.Push(folder);
            }
        }

        return folders;
    }
}
