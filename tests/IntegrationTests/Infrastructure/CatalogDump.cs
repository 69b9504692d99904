using Npgsql;

namespace WhisperAspire.IntegrationTests.Infrastructure;

/// <summary>
/// A textual description of everything a schema defines in "public" (tables, columns, defaults, constraints,
/// indexes, triggers, functions, extensions), sorted, so two databases can be compared for equality.
/// The embedded PostgreSQL has no pg_dump; the catalog says the same thing.
/// </summary>
public static class CatalogDump
{
    private const string Query = """
        SELECT 'column ' || table_name || '.' || column_name || ' ' || data_type || coalesce('(' || character_maximum_length || ')', '')
               || coalesce(' numeric(' || numeric_precision || ',' || numeric_scale || ')', '') || ' null=' || is_nullable
               || coalesce(' default=' || column_default, '') || coalesce(' identity=' || identity_generation, '')
          FROM information_schema.columns WHERE table_schema = 'public'
        UNION ALL
        SELECT 'constraint ' || conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid)
          FROM pg_constraint WHERE connamespace = 'public'::regnamespace
        UNION ALL
        SELECT 'index ' || indexdef FROM pg_indexes WHERE schemaname = 'public'
        UNION ALL
        SELECT 'trigger ' || tgrelid::regclass || ' ' || pg_get_triggerdef(oid) FROM pg_trigger WHERE NOT tgisinternal
        UNION ALL
        SELECT 'function ' || p.oid::regprocedure || ' ' || md5(p.prosrc) FROM pg_proc p WHERE p.pronamespace = 'public'::regnamespace
        UNION ALL
        SELECT 'extension ' || extname || ' ' || extversion FROM pg_extension
        UNION ALL
        SELECT 'comment ' || c.relname || ' ' || md5(coalesce(obj_description(c.oid, 'pg_class'), ''))
          FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r'
        ORDER BY 1
        """;

    public static async Task<IReadOnlyList<string>> ReadAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(Query, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var lines = new List<string>();
        while (await reader.ReadAsync())
        {
            lines.Add(reader.GetString(0));
        }

        return lines;
    }
}
