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
}
