using Npgsql;
using WhisperAspire.Hosting.ApplicationModel;

namespace WhisperAspire.Hosting.Postgres;

/// <summary>A PostgreSQL 16.4 server on 127.0.0.1, embedded or in a container.</summary>
public sealed class PostgresServerResource(string name, PostgresOptions options, string password, string passwordSource)
    : Resource(name), IResourceWithConnectionString
{
    public const string UserName = "postgres";
    public const string Host = "127.0.0.1";

    public override string Kind => "Postgres";

    public PostgresOptions Options { get; } = options;

    public int Port => Options.Port;

    internal string Password { get; } = password;

    /// <summary>Where the password comes from, to tell the user without telling the password.</summary>
    public string PasswordSource { get; } = passwordSource;

    public string GetConnectionString() => ConnectionStringFor(database: null);

    internal string ConnectionStringFor(string? database) => new NpgsqlConnectionStringBuilder
    {
        Host = Host,
        Port = Port,
        Username = UserName,
        Password = Password,
        Database = database,
    }.ConnectionString;
}

/// <summary>A database on a <see cref="PostgresServerResource"/>; created when missing.</summary>
public sealed class PostgresDatabaseResource(string name, string databaseName, PostgresServerResource server)
    : Resource(name), IResourceWithConnectionString
{
    public override string Kind => "PostgresDatabase";

    public string DatabaseName { get; } = databaseName;

    public PostgresServerResource Server { get; } = server;

    public string GetConnectionString() => Server.ConnectionStringFor(DatabaseName);

    public override string? Describe() =>
        $"PostgreSQL 16.4 on {PostgresServerResource.Host}:{Server.Port}, database {DatabaseName}, user {PostgresServerResource.UserName}, " +
        $"password {Server.PasswordSource}";
}
