using System.Data.Common;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace WhisperAspire.Data;

/// <summary>
/// What the services (Api, MigrationService) add to Aspire's AddNpgsqlDbContext&lt;WhisperEngineDbContext&gt;, which
/// brings pooling, retries, the health check and Npgsql's traces and metrics.
/// </summary>
public static class WhisperEngineConnection
{
    /// <summary>The options the integration leaves to the app: the model's naming and which commands become spans.</summary>
    public static void ConfigureDbContext(DbContextOptionsBuilder options)
    {
        WhisperEngineDbContext.UseNamingConvention(options);
        // Trace commands that belong to a recorded request or job: the health probe's query (every few seconds, inside a
        // request the ASP.NET Core filter leaves unrecorded) would otherwise show up as a one-span trace.
        options.UseNpgsql(npgsql => npgsql.ConfigureDataSource(dataSource => dataSource.ConfigureTracing(tracing => tracing
            .ConfigureCommandFilter(_ => Activity.Current is { Recorded: true })
            .ConfigureBatchFilter(_ => Activity.Current is { Recorded: true }))));
    }

    /// <summary>
    /// Statements a service sends again and again (the Api's document and prompt reads) are prepared on first reuse, so
    /// PostgreSQL plans them once per connection instead of every time; and since the services leave no session state
    /// behind, a pooled connection is handed back without resetting it. Either can still be set in the connection string.
    /// A missing connection string is returned as it is, for the integration to report.
    /// </summary>
    public static string? PreferPreparedStatements(string? connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            return connectionString;
        }

        // NpgsqlConnectionStringBuilder reports every keyword it knows as present; a plain builder holds only what was written.
        var written = new DbConnectionStringBuilder { ConnectionString = connectionString }.Keys.Cast<string>()
            .Select(k => k.Replace(" ", "", StringComparison.Ordinal)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var settings = new NpgsqlConnectionStringBuilder(connectionString);
        if (!written.Contains("MaxAutoPrepare"))
        {
            settings.MaxAutoPrepare = 64;
        }

        if (!written.Contains("NoResetOnClose"))
        {
            settings.NoResetOnClose = true;
        }

        return settings.ConnectionString;
    }
}
