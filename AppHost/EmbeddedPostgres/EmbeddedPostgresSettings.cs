namespace Aspire.Hosting.ApplicationModel;

/// <summary>Where the embedded server keeps its cluster and finds its binaries, and which account runs it.</summary>
public sealed record EmbeddedPostgresSettings
{
    /// <summary>The cluster's folder: created with initdb when missing or empty, refused when it is not a PostgreSQL 16 cluster.</summary>
    public required string DataDirectory { get; init; }

    /// <summary>Where npm-fetched binaries are cached, per version and platform.</summary>
    public required string CacheDirectory { get; init; }

    /// <summary>An installed PostgreSQL 16's bin folder, used instead of downloading; null to download.</summary>
    public string? BinDirectory { get; init; }

    /// <summary>The unprivileged account that runs initdb and postgres when the AppHost is root.</summary>
    public string RunAs { get; init; } = "nobody";
}
