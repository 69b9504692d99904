namespace WhisperAspire.IntegrationTests.Infrastructure;

/// <summary>
/// Every row of every public table, hashed per table, read in one query (tests take it often): equal fingerprints mean
/// no row was added, changed or removed.
/// </summary>
public static class DataFingerprint
{
    public static async Task<Dictionary<string, string>> TakeAsync(string connectionString)
    {
        var tables = await Database.ListAsync(connectionString,
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name");
        var hashes = await Database.ListAsync(connectionString, string.Join("\nUNION ALL ", tables.Select(table =>
            $"SELECT '{table}' || '=' || count(*) || ':' || coalesce(md5(string_agg(t::text, ',' ORDER BY t::text)), '') FROM \"{table}\" t")));
        return hashes.Select(line => line.Split('=', 2)).ToDictionary(pair => pair[0], pair => pair[1], StringComparer.Ordinal);
    }

    public static IEnumerable<string> Differences(Dictionary<string, string> before, Dictionary<string, string> after) =>
        before.Keys.Union(after.Keys).Where(t => before.GetValueOrDefault(t) != after.GetValueOrDefault(t));
}
