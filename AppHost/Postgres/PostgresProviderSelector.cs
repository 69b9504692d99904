namespace WhisperAspire.AppHost.Postgres;

public enum PostgresProviderKind
{
    Embedded,
    Container,
}

/// <summary>Which provider runs PostgreSQL: a decision kept apart from the providers so it can be tested without either.</summary>
public static class PostgresProviderSelector
{
    public static PostgresProviderKind Select(string? configured, bool binDirectoryConfigured, Func<bool> dockerEngineAnswers) =>
        (configured ?? "auto").Trim().ToLowerInvariant() switch
        {
            "embedded" => PostgresProviderKind.Embedded,
            "container" => PostgresProviderKind.Container,
            // An explicit BinDirectory says "use my PostgreSQL"; otherwise prefer a container engine when one answers.
            "auto" or "" => binDirectoryConfigured || !dockerEngineAnswers() ? PostgresProviderKind.Embedded : PostgresProviderKind.Container,
            var other => throw new DistributedApplicationException(
                $"Postgres:Provider is '{other}'; it must be auto, embedded or container."),
        };
}
