using CliWrap;
using CliWrap.Buffered;

namespace WhisperAspire.Hosting.EmbeddedPostgres;

/// <summary>
/// The account initdb and postgres run under. They refuse to run as root, so when the AppHost is root they run
/// as an unprivileged account (Postgres:RunAs, default nobody) through setpriv, and that account owns the data directory.
/// </summary>
internal sealed record ServerAccount(string? UserName, string? UserId, string? GroupId)
{
    public static readonly ServerAccount CurrentUser = new(null, null, null);

    /// <summary>PostgreSQL refuses to run as root; this decides whether the server runs through setpriv.</summary>
    public static bool IsRoot => Environment.UserName == "root";

    public bool SwitchesUser => UserName is not null;

    public static async Task<ServerAccount> ResolveAsync(string runAs, CancellationToken cancellationToken)
    {
        if (!IsRoot)
        {
            return CurrentUser;
        }

        if (FromPasswordFile(runAs) is { } local)
        {
            return local;
        }

        var uid = await IdAsync("-u", runAs, cancellationToken);
        var gid = await IdAsync("-g", runAs, cancellationToken);
        return new ServerAccount(runAs, uid, gid);
    }

    public Command Command(string executable, IEnumerable<string> arguments) => SwitchesUser
        ? Cli.Wrap("setpriv").WithArguments(SetprivArguments(executable, arguments))
        : Cli.Wrap(executable).WithArguments(arguments);

    /// <summary>setpriv execs the program in place, so the process DCP watches is the program itself.</summary>
    public IEnumerable<string> SetprivArguments(string executable, IEnumerable<string> arguments) =>
        ["--reuid", UserId!, "--regid", GroupId!, "--clear-groups", "--", executable, .. arguments];

    /// <summary>Hands a file or folder the AppHost created to the server's account.</summary>
    public async Task TakeOwnershipAsync(string path, CancellationToken cancellationToken)
    {
        if (SwitchesUser)
        {
            await Cli.Wrap("chown").WithArguments([$"{UserId}:{GroupId}", path]).ExecuteAsync(cancellationToken);
        }
    }

    /// <summary>Local accounts (nobody always is one) without spawning id twice; others (LDAP, NSS) fall back to id.</summary>
    private static ServerAccount? FromPasswordFile(string account)
    {
        const string passwordFile = "/etc/passwd";
        if (!File.Exists(passwordFile))
        {
            return null;
        }

        return File.ReadLines(passwordFile)
            .Select(line => line.Split(':'))
            .Where(fields => fields.Length > 3 && fields[0] == account)
            .Select(fields => new ServerAccount(account, fields[2], fields[3]))
            .FirstOrDefault();
    }

    private static async Task<string> IdAsync(string flag, string account, CancellationToken cancellationToken)
    {
        var result = await Cli.Wrap("id").WithArguments([flag, account])
            .WithValidation(CommandResultValidation.None).ExecuteBufferedAsync(cancellationToken);
        if (result.ExitCode != 0)
        {
            throw new EmbeddedPostgresException(
                $"The AppHost runs as root, and PostgreSQL refuses to; it would run as '{account}' (Postgres:RunAs), " +
                $"but there is no such account ({result.StandardError.Trim()}). Set Postgres:RunAs to an existing unprivileged account.");
        }

        return result.StandardOutput.Trim();
    }
}
