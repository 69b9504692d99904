using WhisperAspire.Hosting.Orchestration;

namespace WhisperAspire.Hosting.Postgres;

/// <summary>Runs the PostgreSQL server process; readiness, database creation and state are the runner's.</summary>
internal interface IPostgresProvider : IAsyncDisposable
{
    /// <summary>Starts the server as a child process of the AppHost and returns it.</summary>
    Task<ManagedProcess> StartAsync(PostgresServerResource server, CancellationToken cancellationToken);
}
