using Microsoft.Extensions.Configuration;

namespace WhisperAspire.Hosting;

/// <summary>
/// Where the AppHost keeps what outlives a run: data (PostgreSQL cluster, generated secrets) and cache (downloaded
/// binaries). Per user, outside the repository. For root the system folders are used instead of root's home:
/// root's home is mode 0700, and PostgreSQL runs under an unprivileged account that must reach its files.
/// </summary>
public sealed record StateDirectories(string Data, string Cache)
{
    public const string DataSetting = "AppHost:StateDirectory";
    public const string CacheSetting = "AppHost:CacheDirectory";

    public static bool IsRoot => Environment.UserName == "root";

    public static StateDirectories From(IConfiguration configuration)
    {
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        var data = configuration[DataSetting] ?? (IsRoot
            ? "/var/lib/whisperaspire"
            : Path.Combine(Environment.GetEnvironmentVariable("XDG_DATA_HOME") ?? Path.Combine(home, ".local", "share"), "whisperaspire"));
        var cache = configuration[CacheSetting] ?? (IsRoot
            ? "/var/cache/whisperaspire"
            : Path.Combine(Environment.GetEnvironmentVariable("XDG_CACHE_HOME") ?? Path.Combine(home, ".cache"), "whisperaspire"));
        return new StateDirectories(Path.GetFullPath(data), Path.GetFullPath(cache));
    }

    public string Secrets => Path.Combine(Data, "secrets");
}
