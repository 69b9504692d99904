namespace WhisperAspire.AppHost.Postgres;

/// <summary>The "Postgres" configuration section (appsettings, Postgres__X environment variables, --Postgres:X=…).</summary>
public sealed class PostgresOptions
{
    public const int DefaultPort = 5433;

    /// <summary>auto | embedded | container. auto: container when a Docker engine answers, else embedded.</summary>
    public string Provider { get; set; } = "auto";

    public int Port { get; set; } = DefaultPort;

    /// <summary>The cluster's folder; default postgres-16 in the per-user data folder.</summary>
    public string? DataDirectory { get; set; }

    /// <summary>When unset, one is generated once and kept (mode 0600) in the per-user secrets folder.</summary>
    public string? Password { get; set; }

    /// <summary>An installed PostgreSQL 16's bin folder (initdb, postgres), used instead of downloading.</summary>
    public string? BinDirectory { get; set; }

    /// <summary>The unprivileged account that runs initdb and postgres when the AppHost runs as root.</summary>
    public string RunAs { get; set; } = "nobody";
}
