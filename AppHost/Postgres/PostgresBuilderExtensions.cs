using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using WhisperAspire.Hosting.ApplicationModel;
using WhisperAspire.Hosting.Orchestration;
using WhisperAspire.Hosting.Postgres.Embedded;

using WhisperAspire.Hosting.Postgres;

// In the Hosting namespace, as Aspire's AddX extensions are, so Program.cs needs one using.
namespace WhisperAspire.Hosting;

public static class PostgresBuilderExtensions
{
    /// <summary>
    /// Adds PostgreSQL 16.4. Configuration (section named after the resource, "Postgres") overrides the
    /// <paramref name="port"/> given here, so a user can move the port without editing code.
    /// </summary>
    public static IResourceBuilder<PostgresServerResource> AddPostgres(this DistributedApplicationBuilder builder, string name, int? port = null)
    {
        var section = builder.Configuration.GetSection(name);
        var options = section.Get<PostgresOptions>() ?? new PostgresOptions();
        if (section["Port"] is null)
        {
            options.Port = port ?? PostgresOptions.DefaultPort;
        }

        var state = StateDirectories.From(builder.Configuration);
        options.DataDirectory = Path.GetFullPath(options.DataDirectory ?? Path.Combine(state.Data, "postgres-16"));

        var (password, source) = options.Password is { Length: > 0 } configured
            ? (configured, $"from {name}:Password")
            : (PasswordStore.GetOrCreate(Path.Combine(state.Secrets, $"{name}-password")), $"in {Path.Combine(state.Secrets, $"{name}-password")}");

        return builder.AddResource(new PostgresServerResource(name, options, password, source));
    }

    public static IResourceBuilder<PostgresDatabaseResource> AddDatabase(
        this IResourceBuilder<PostgresServerResource> server, string name, string? databaseName = null)
    {
        var database = new PostgresDatabaseResource(name, databaseName ?? name, server.Resource);
        database.Waits.Add(new WaitAnnotation(server.Resource, WaitType.UntilHealthy));
        return server.ApplicationBuilder.AddResource(database);
    }

    internal static IServiceCollection AddPostgresRunners(this IServiceCollection services)
    {
        services.AddSingleton<PostgresBinaryCache>();
        services.AddSingleton<IResourceRunner, PostgresServerRunner>();
        services.AddSingleton<IResourceRunner, PostgresDatabaseRunner>();
        return services;
    }
}
