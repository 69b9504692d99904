using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Microsoft.Extensions.Hosting;

public static class NpgsqlDbContextExtensions
{
    /// <summary>
    /// The equivalent of Aspire.Npgsql.EntityFrameworkCore.PostgreSQL's AddNpgsqlDbContext: a pooled context
    /// bound to ConnectionStrings:{connectionName}, retries on transient failures, a health check that opens
    /// a real connection, and Npgsql's own traces and metrics.
    /// </summary>
    public static void AddNpgsqlDbContext<TContext>(
        this IHostApplicationBuilder builder,
        string connectionName,
        Action<DbContextOptionsBuilder>? configureOptions = null) where TContext : DbContext
    {
        var connectionString = builder.Configuration.GetConnectionString(connectionName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException(
                $"ConnectionStrings:{connectionName} is not set. Start this service through the AppHost " +
                $"(dotnet run --project AppHost), or set the environment variable ConnectionStrings__{connectionName}.");
        }

        connectionString = PreferPreparedStatements(connectionString);
        builder.Services.AddDbContextPool<TContext>(options =>
        {
            options.UseNpgsql(connectionString, npgsql => npgsql
                .EnableRetryOnFailure()
                // Trace commands that belong to a recorded request or job. The health probe's queries (every few
                // seconds, inside a request the ASP.NET Core filter leaves unrecorded) would otherwise show up as one-span traces.
                .ConfigureDataSource(dataSource => dataSource.ConfigureTracing(tracing => tracing
                    .ConfigureCommandFilter(_ => Activity.Current is { Recorded: true })
                    .ConfigureBatchFilter(_ => Activity.Current is { Recorded: true }))));
            configureOptions?.Invoke(options);
        });

        builder.Services.AddHealthChecks().AddDbContextCheck<TContext>(name: connectionName);

        builder.Services.AddOpenTelemetry()
            .WithTracing(tracing => tracing.AddNpgsql())
            .WithMetrics(metrics => metrics.AddMeter("Npgsql"));
    }

    /// <summary>
    /// Statements a service sends again and again (the Api's document and prompt reads) are prepared on first reuse, so
    /// PostgreSQL plans them once per connection instead of every time; and since the services leave no session state
    /// behind, a pooled connection is handed back without a DISCARD ALL. Either can still be set in the connection string.
    /// </summary>
    private static string PreferPreparedStatements(string connectionString)
    {
        // NpgsqlConnectionStringBuilder reports every keyword it knows as present; a plain builder holds only what was written.
        var written = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString }.Keys.Cast<string>()
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
