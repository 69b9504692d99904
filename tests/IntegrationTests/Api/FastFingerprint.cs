using Npgsql;
using WhisperAspire.IntegrationTests.Infrastructure;

namespace WhisperAspire.IntegrationTests.Api;

/// <summary>
/// <see cref="DataFingerprint"/> in one query: every public table's row count and hash in a single round trip, so a
/// test can take it often. Equal fingerprints mean no row was added, changed or removed.
/// </summary>
public sealed class FastFingerprint
{
    private readonly string _connectionString;
    private readonly string _sql;

    private FastFingerprint(string connectionString, List<string> tables)
    {
        _connectionString = connectionString;
        Tables = tables;
        _sql = string.Join("\nUNION ALL ", tables.Select((t, i) =>
            $"SELECT {i}, count(*) || ':' || coalesce(md5(string_agg(t::text, ',' ORDER BY t::text)), '') FROM \"{t}\" t"));
    }

    public IReadOnlyList<string> Tables { get; }

    public static async Task<FastFingerprint> PrepareAsync(string connectionString) =>
        new(connectionString, await Database.ListAsync(connectionString,
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name"));

    /// <summary>One hash per table, in the order of <see cref="Tables"/>.</summary>
    public async Task<string[]> TakeAsync()
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(_sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var hashes = new string[Tables.Count];
        while (await reader.ReadAsync())
        {
            hashes[reader.GetInt32(0)] = reader.GetString(1);
        }

        return hashes;
    }
}
