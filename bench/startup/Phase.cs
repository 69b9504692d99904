namespace WhisperAspire.Bench.Startup;

/// <summary>The phases a start goes through, in order, each named by what marks its end (the table's columns).</summary>
internal static class Phase
{
    /// <summary>
    /// The AppHost logged "Starting DCP with arguments", or DCP's process appeared, whichever came first (its own
    /// start-up and the app model are done).
    /// </summary>
    public const string Dcp = "dcp";

    /// <summary>The AppHost logged "Now listening on:" for the dashboard.</summary>
    public const string Dashboard = "dashboard";

    /// <summary>initdb exited (cold only): in the AppHost run, the initdb process under the AppHost was seen and is gone.</summary>
    public const string Initdb = "initdb";

    /// <summary>A real SELECT 1 answered on the server's port.</summary>
    public const string Postgres = "postgres";

    /// <summary>The MigrationService's own process appeared (under Aspire: its built executable, started by DCP).</summary>
    public const string MigrationsStarted = "migrations started";

    /// <summary>The MigrationService process was seen and has exited.</summary>
    public const string Migrated = "migrated";

    /// <summary>The Api's own process appeared (under Aspire: started by DCP once migrations completed).</summary>
    public const string ApiStarted = "api started";

    /// <summary>GET /health answered 200 on the Api's port (through DCP's proxy under Aspire).</summary>
    public const string ApiHealthy = "api healthy";

    /// <summary>From the stop signal until every process of the stack is gone (a separate clock).</summary>
    public const string Shutdown = "shutdown";

    public static readonly string[] Columns = [Dcp, Dashboard, Initdb, Postgres, MigrationsStarted, Migrated, ApiStarted, ApiHealthy, Shutdown];
}
