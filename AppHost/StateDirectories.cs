using Microsoft.Extensions.Configuration;

namespace WhisperAspire.AppHost;

/// <summary>
/// Where the AppHost keeps what outlives a run: data (PostgreSQL cluster, generated secrets) and cache (downloaded
/// binaries). Per user, outside the repository. For root the system folders are used instead of root's home:
/// root's home is mode 0700, and PostgreSQL runs under an unprivileged account that must reach its files.
/// </summary>
public sealed record StateDirectories(string Data, string Cache)
{
    public const string DataSetting = "AppHost:StateDirectory";
    public const string CacheSetting = "AppHost:CacheDirectory";

    public static StateDirectories From(IConfiguration configuration) =>
        From(configuration, WhisperAspire.Hosting.EmbeddedPostgres.ServerAccount.IsRoot, Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), Environment.GetEnvironmentVariable);

    internal static StateDirectories From(IConfiguration configuration, bool isRoot, string home, Func<string, string?> environment)
    {
        var data = configuration[DataSetting] ?? (isRoot
            ? "/var/lib/whisperaspire"
            : Path.Combine(environment("XDG_DATA_HOME") ?? Path.Combine(home, ".local", "share"), "whisperaspire"));
        var cache = configuration[CacheSetting] ?? (isRoot
            ? "/var/cache/whisperaspire"
            : Path.Combine(environment("XDG_CACHE_HOME") ?? Path.Combine(home, ".cache"), "whisperaspire"));
        return new StateDirectories(Path.GetFullPath(data), Path.GetFullPath(cache));
    }

    public string Secrets => Path.Combine(Data, "secrets");
}
