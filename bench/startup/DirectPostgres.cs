using CliWrap;
using Npgsql;

namespace WhisperAspire.Bench.Startup;

/// <summary>
/// PostgreSQL as the AppHost runs it, done by hand for the floor: initdb with the AppHost's options and password file,
/// postgres with its arguments (loopback TCP only), both as the unprivileged account when this process is root
/// (setpriv, as AppHost/EmbeddedPostgres/ServerAccount.cs does: PostgreSQL refuses to run as root).
/// </summary>
internal static class DirectPostgres
{
    public static async Task InitdbAsync(string binDirectory, string dataDirectory, string password)
    {
        Directory.CreateDirectory(dataDirectory);
        File.SetUnixFileMode(dataDirectory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var passwordFile = Path.Combine(Path.GetDirectoryName(dataDirectory)!, $".pwfile-{Guid.NewGuid():N}");
        await File.WriteAllTextAsync(passwordFile, password);
        File.SetUnixFileMode(passwordFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        try
        {
            if (Nobody is (var uid, var gid))
            {
                await Cli.Wrap("chown").WithArguments([$"{uid}:{gid}", dataDirectory]).ExecuteAsync();
                await Cli.Wrap("chown").WithArguments([$"{uid}:{gid}", passwordFile]).ExecuteAsync();
            }

            await AsServerAccount(Path.Combine(binDirectory, "initdb"),
                ["--pgdata", dataDirectory, "--username", "postgres", "--pwfile", passwordFile, "--encoding", "UTF8", "--no-locale",
                 "--auth-host", "scram-sha-256", "--auth-local", "scram-sha-256"]).ExecuteAsync();
        }
        finally
        {
            File.Delete(passwordFile);
        }
    }

    public static CommandTask<CommandResult> Start(string binDirectory, string dataDirectory, int port) =>
        AsServerAccount(Path.Combine(binDirectory, "postgres"),
                ["-D", dataDirectory, "-p", port.ToString(System.Globalization.CultureInfo.InvariantCulture),
                 "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="])
            .WithValidation(CommandResultValidation.None)
            .ExecuteAsync();

    public static async Task EnsureDatabaseAsync(string server, string name)
    {
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = $1", connection);
        exists.Parameters.Add(new() { Value = name });
        if (await exists.ExecuteScalarAsync() is null)
        {
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }
    }

    /// <summary>setpriv execs the program in place: the process this one waits for and signals is the program itself.</summary>
    private static Command AsServerAccount(string executable, string[] arguments) => Nobody is (var uid, var gid)
        ? Cli.Wrap("setpriv").WithArguments(["--reuid", uid, "--regid", gid, "--clear-groups", "--", executable, .. arguments])
        : Cli.Wrap(executable).WithArguments(arguments);

    /// <summary>Uid and gid of nobody (the AppHost's default Postgres:RunAs) from /etc/passwd, when this process is root.</summary>
    private static (string Uid, string Gid)? Nobody => Environment.UserName != "root" ? null
        : File.ReadLines("/etc/passwd").Select(line => line.Split(':')).Where(fields => fields.Length > 3 && fields[0] == "nobody")
            .Select(fields => ((string, string)?)(fields[2], fields[3])).FirstOrDefault()
            ?? throw new InvalidOperationException("This process is root and /etc/passwd has no nobody account to run PostgreSQL as.");
}
