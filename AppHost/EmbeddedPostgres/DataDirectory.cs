using CliWrap;
using CliWrap.Buffered;
using Microsoft.Extensions.Logging;

namespace WhisperAspire.Hosting.EmbeddedPostgres;

/// <summary>
/// The cluster's folder. Created with initdb when missing or empty; used when it holds a PostgreSQL 16 cluster;
/// refused, never deleted or overwritten, otherwise. A lock file beside it keeps two AppHosts off one cluster.
/// </summary>
internal sealed class DataDirectory(string path) : IDisposable
{
    private FileStream? _lock;

    public string Path { get; } = path;

    public string LockPath => Path.TrimEnd('/') + ".lock";

    /// <summary>Holds an exclusive lock for as long as this AppHost uses the cluster.</summary>
    public void Lock()
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path.TrimEnd('/'))!);
        try
        {
            _lock = new FileStream(LockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            throw new EmbeddedPostgresException(
                $"Another AppHost is using the PostgreSQL data directory {Path} (it holds {LockPath}). Stop that one first, " +
                "or give this one its own Postgres:DataDirectory and Postgres:Port.");
        }
    }

    public async Task PrepareAsync(PostgresBinaries binaries, ServerAccount account, string password, ILogger logger, Action<string, bool> output,
        CancellationToken cancellationToken)
    {
        if (!Directory.Exists(Path) || !Directory.EnumerateFileSystemEntries(Path).Any())
        {
            await InitializeAsync(binaries, account, password, logger, output, cancellationToken);
            return;
        }

        var versionFile = System.IO.Path.Combine(Path, "PG_VERSION");
        if (!File.Exists(versionFile))
        {
            throw new EmbeddedPostgresException(
                $"{Path} is not empty and is not a PostgreSQL data directory (it has no PG_VERSION). It was left untouched. " +
                "Point Postgres:DataDirectory at a new or empty folder.");
        }

        var version = (await File.ReadAllTextAsync(versionFile, cancellationToken)).Trim();
        if (version != "16")
        {
            throw new EmbeddedPostgresException(
                $"{Path} holds a PostgreSQL {version} cluster, and this stack runs PostgreSQL 16.4. It was left untouched. " +
                "Point Postgres:DataDirectory at a new folder (or upgrade that cluster with pg_upgrade yourself).");
        }

        await StopOrphanedServerAsync(logger, cancellationToken);
    }

    public void Dispose() => _lock?.Dispose();

    private async Task InitializeAsync(PostgresBinaries binaries, ServerAccount account, string password, ILogger logger,
        Action<string, bool> output, CancellationToken cancellationToken)
    {
        logger.LogInformation("Creating a PostgreSQL 16 cluster in {DataDirectory} (initdb, UTF8, scram-sha-256)", Path);
        Directory.CreateDirectory(Path);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(Path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        await account.TakeOwnershipAsync(Path, cancellationToken);

        // The password reaches initdb through a file only the server's account can read, removed straight after.
        var passwordFile = System.IO.Path.Combine(System.IO.Path.GetDirectoryName(Path.TrimEnd('/'))!, $".pwfile-{Guid.NewGuid():N}");
        await File.WriteAllTextAsync(passwordFile, password, cancellationToken);
        try
        {
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(passwordFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }

            await account.TakeOwnershipAsync(passwordFile, cancellationToken);
            var result = await account.Command(binaries.Initdb,
                [
                    "--pgdata", Path, "--username", EmbeddedPostgresServerResource.UserName, "--pwfile", passwordFile,
                    "--encoding", "UTF8", "--no-locale", "--auth-host", "scram-sha-256", "--auth-local", "scram-sha-256",
                ])
                .WithValidation(CommandResultValidation.None)
                .ExecuteBufferedAsync(cancellationToken);
            foreach (var line in result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                output(line, false);
            }

            foreach (var line in result.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                output(line, true);
            }

            if (result.ExitCode != 0)
            {
                throw new EmbeddedPostgresException($"initdb failed (exit code {result.ExitCode}): {result.StandardError.Trim()}");
            }
        }
        finally
        {
            File.Delete(passwordFile);
        }
    }

    /// <summary>
    /// A postmaster.pid left behind: either the server was killed (the pid is gone or is some other process: remove
    /// the file), or the AppHost was killed and its server still runs (we hold the lock, so it is nobody's: stop it).
    /// </summary>
    private async Task StopOrphanedServerAsync(ILogger logger, CancellationToken cancellationToken)
    {
        var pidFile = System.IO.Path.Combine(Path, "postmaster.pid");
        if (!File.Exists(pidFile) || !int.TryParse((await File.ReadAllLinesAsync(pidFile, cancellationToken)).FirstOrDefault(), out var pid))
        {
            return;
        }

        if (!IsPostgresServing(pid))
        {
            logger.LogInformation("Removing a stale postmaster.pid (process {Pid} is not this cluster's server): the last run was killed", pid);
            File.Delete(pidFile);
            return;
        }

        logger.LogWarning("PostgreSQL (pid {Pid}) from an earlier AppHost that was killed still runs on this cluster; stopping it (fast shutdown)", pid);
        if (!await StopServerAsync(pid, TimeSpan.FromSeconds(30), cancellationToken))
        {
            throw new EmbeddedPostgresException(
                $"PostgreSQL (pid {pid}) left running by an earlier AppHost on {Path} did not stop within 30 s. Stop it yourself (kill {pid}) and start again.");
        }
    }

    /// <summary>
    /// SIGINT to this cluster's running server: PostgreSQL's fast shutdown, which ends client sessions and writes a
    /// checkpoint, so the next start needs no crash recovery. True when no server runs any more.
    /// </summary>
    public async Task<bool> FastShutdownAsync(TimeSpan timeout)
    {
        var pidFile = System.IO.Path.Combine(Path, "postmaster.pid");
        return !File.Exists(pidFile)
            || !int.TryParse((await File.ReadAllLinesAsync(pidFile)).FirstOrDefault(), out var pid)
            || await StopServerAsync(pid, timeout, CancellationToken.None);
    }

    private async Task<bool> StopServerAsync(int pid, TimeSpan timeout, CancellationToken cancellationToken)
    {
        PosixSignals.Send(pid, PosixSignals.SigInt);
        var deadline = DateTime.UtcNow + timeout;
        while (IsPostgresServing(pid))
        {
            if (DateTime.UtcNow > deadline)
            {
                return false;
            }

            await Task.Delay(20, cancellationToken); // the postmaster's exit has no event to wait on from here
        }

        return true;
    }

    private bool IsPostgresServing(int pid)
    {
        var cmdline = $"/proc/{pid}/cmdline";
        return File.Exists(cmdline) && File.ReadAllText(cmdline).Replace('\0', ' ').Contains(Path, StringComparison.Ordinal);
    }
}
