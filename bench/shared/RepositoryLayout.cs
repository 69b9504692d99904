namespace WhisperAspire.Bench;

/// <summary>
/// Where the Release builds and the cached PostgreSQL binaries are, computed from the repository layout and the
/// AppHost's cache convention (nothing is referenced: the benchmark runs what was built, as a user would).
/// </summary>
internal sealed record RepositoryLayout(string Root, string PostgresBinDirectory)
{
    private const string PostgresPackageVersion = "16.4.0-beta.14";

    /// <summary>The AppHost's folder: dotnet run starts it there (Aspire's RunWorkingDirectory), which is where its appsettings.json is read.</summary>
    public string AppHostProject => Path.Combine(Root, "AppHost");

    public string AppHostExecutable => Path.Combine(AppHostProject, "bin", "Release", "net10.0", "AppHost");

    public string MigrationServiceProject => Path.Combine(Root, "MigrationService");

    public string MigrationServiceDll => Path.Combine(MigrationServiceProject, "bin", "Release", "net10.0", "MigrationService.dll");

    public string ApiProject => Path.Combine(Root, "Api");

    public string ApiDll => Path.Combine(ApiProject, "bin", "Release", "net10.0", "Api.dll");

    public static RepositoryLayout Find()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "WhisperAspire.sln")))
        {
            root = root.Parent;
        }

        var layout = new RepositoryLayout(
            root?.FullName ?? throw new InvalidOperationException("Run the benchmark from its build output inside the repository."),
            CachedPostgresBinaries());
        foreach (var built in new[] { layout.AppHostExecutable, layout.MigrationServiceDll, layout.ApiDll })
        {
            if (!File.Exists(built))
            {
                throw new InvalidOperationException($"{built} is missing: build in Release first (dotnet build -c Release AppHost).");
            }
        }

        return layout;
    }

    /// <summary>The AppHost's cache (AppHost:CacheDirectory's default): /var/cache/whisperaspire for root, else $XDG_CACHE_HOME.</summary>
    private static string CachedPostgresBinaries()
    {
        var cache = Environment.UserName == "root" ? "/var/cache/whisperaspire"
            : Path.Combine(Environment.GetEnvironmentVariable("XDG_CACHE_HOME")
                ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache"), "whisperaspire");
        var package = Path.Combine(cache, "postgres", PostgresPackageVersion, "linux-x64");
        return File.Exists(Path.Combine(package, ".complete"))
            ? Path.Combine(package, "native", "bin")
            : throw new InvalidOperationException($"No cached PostgreSQL binaries in {package}: run the AppHost once first (dotnet run --project AppHost).");
    }
}
