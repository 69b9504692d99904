using Npgsql;
using WhisperAspire.IntegrationTests.Schema.Reference;

namespace WhisperAspire.IntegrationTests.Infrastructure;

/// <summary>
/// Our database's "public" schema read from pg_catalog into the shape of production-catalog.json, so the two compare
/// object by object. Unique keys include unique indexes on plain columns (what a unique constraint guarantees);
/// indexes include every index, those behind constraints too (a superset of production's list).
/// </summary>
public static class LiveCatalog
{
    private const string Columns = """
        SELECT c.relname, a.attname, format_type(a.atttypid, a.atttypmod), NOT a.attnotnull,
               coalesce(pg_get_expr(d.adbin, d.adrelid), CASE WHEN a.attidentity <> '' THEN 'identity' END)
          FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
          LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
         WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped
         ORDER BY c.relname, a.attnum
        """;

    private const string Keys = """
        SELECT conrelid::regclass::text, conname, contype::text, pg_get_constraintdef(oid),
               ARRAY(SELECT a.attname::text FROM unnest(conkey) WITH ORDINALITY k(n, o) JOIN pg_attribute a ON a.attrelid = conrelid AND a.attnum = k.n ORDER BY k.o),
               coalesce(confrelid::regclass::text, ''),
               ARRAY(SELECT a.attname::text FROM unnest(confkey) WITH ORDINALITY k(n, o) JOIN pg_attribute a ON a.attrelid = confrelid AND a.attnum = k.n ORDER BY k.o),
               CASE confdeltype WHEN 'c' THEN 'CASCADE' WHEN 'n' THEN 'SET NULL' WHEN 'd' THEN 'SET DEFAULT' WHEN 'r' THEN 'RESTRICT' ELSE 'NO ACTION' END,
               CASE confupdtype WHEN 'c' THEN 'CASCADE' WHEN 'n' THEN 'SET NULL' WHEN 'd' THEN 'SET DEFAULT' WHEN 'r' THEN 'RESTRICT' ELSE 'NO ACTION' END
          FROM pg_constraint WHERE connamespace = 'public'::regnamespace AND conrelid <> 0 AND contype IN ('p', 'u', 'f', 'c')
         ORDER BY 1, 2
        """;

    private const string UniqueIndexes = """
        SELECT i.indrelid::regclass::text,
               ARRAY(SELECT a.attname::text FROM unnest(i.indkey::int2[]) WITH ORDINALITY k(n, o) JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.n ORDER BY k.o)
          FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
         WHERE c.relnamespace = 'public'::regnamespace AND i.indisunique AND NOT i.indisprimary AND i.indpred IS NULL AND 0 <> ALL (i.indkey::int2[])
        """;

    private const string Indexes = "SELECT tablename, indexdef FROM pg_indexes WHERE schemaname = 'public' ORDER BY indexname";

    private const string Triggers = "SELECT tgrelid::regclass::text, tgname, pg_get_triggerdef(oid) FROM pg_trigger WHERE NOT tgisinternal AND tgrelid::regclass::text NOT LIKE '%.%'";

    private const string Views = """
        SELECT c.relname, ARRAY(SELECT a.attname || ' ' || format_type(a.atttypid, a.atttypmod) FROM pg_attribute a
                                 WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum)
          FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('v', 'm')
        """;

    private const string Enums = """
        SELECT t.typname, ARRAY(SELECT e.enumlabel::text FROM pg_enum e WHERE e.enumtypid = t.oid ORDER BY e.enumsortorder)
          FROM pg_type t WHERE t.typnamespace = 'public'::regnamespace AND t.typtype = 'e'
        """;

    private const string Functions = """
        SELECT p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ')', coalesce(pg_get_function_result(p.oid), ''), l.lanname
          FROM pg_proc p JOIN pg_language l ON l.oid = p.prolang WHERE p.pronamespace = 'public'::regnamespace
        """;

    public static async Task<ProductionCatalog> ReadAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();

        var columns = await RowsAsync(connection, Columns, r => (Table: r.GetString(0), Column: new CatalogColumn(r.GetString(1), r.GetString(2), r.GetBoolean(3), r.IsDBNull(4) ? null : r.GetString(4))));
        var keys = await RowsAsync(connection, Keys, r => (Table: r.GetString(0), Name: r.GetString(1), Type: r.GetString(2), Definition: r.GetString(3),
            Columns: r.GetFieldValue<string[]>(4), RefTable: r.GetString(5), RefColumns: r.GetFieldValue<string[]>(6), OnDelete: r.GetString(7), OnUpdate: r.GetString(8)));
        var uniqueIndexes = await RowsAsync(connection, UniqueIndexes, r => (Table: r.GetString(0), Columns: r.GetFieldValue<string[]>(1)));
        var indexes = await RowsAsync(connection, Indexes, r => (Table: r.GetString(0), Definition: r.GetString(1)));

        var tables = columns.GroupBy(c => c.Table).ToDictionary(
            g => g.Key,
            g => new CatalogTable(
                [.. g.Select(c => c.Column)],
                keys.FirstOrDefault(k => k.Table == g.Key && k.Type == "p").Columns ?? [],
                [.. keys.Where(k => k.Table == g.Key && k.Type == "u").Select(k => k.Columns).Concat(uniqueIndexes.Where(u => u.Table == g.Key).Select(u => u.Columns))],
                [.. keys.Where(k => k.Table == g.Key && k.Type == "f").Select(k => new CatalogForeignKey(k.Name, k.Columns, k.RefTable, k.RefColumns, k.OnDelete, k.OnUpdate))],
                [.. keys.Where(k => k.Table == g.Key && k.Type == "c").Select(k => new CatalogCheck(k.Name, k.Definition))],
                [.. indexes.Where(i => i.Table == g.Key).Select(i => i.Definition)]));

        return new ProductionCatalog(
            tables,
            [.. await RowsAsync(connection, Functions, r => new CatalogFunction(r.GetString(0), r.GetString(1), r.GetString(2)))],
            [.. await RowsAsync(connection, Views, r => new CatalogView(r.GetString(0), r.GetFieldValue<string[]>(1)))],
            [.. await RowsAsync(connection, Triggers, r => new CatalogTrigger(r.GetString(0), r.GetString(1), r.GetString(2)))],
            (await RowsAsync(connection, Enums, r => (Name: r.GetString(0), Labels: r.GetFieldValue<string[]>(1)))).ToDictionary(e => e.Name, e => e.Labels),
            [.. await RowsAsync(connection, "SELECT extname::text FROM pg_extension", r => r.GetString(0))],
            []);
    }

    private static async Task<List<T>> RowsAsync<T>(NpgsqlConnection connection, string sql, Func<NpgsqlDataReader, T> read)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        List<T> rows = [];
        while (await reader.ReadAsync())
        {
            rows.Add(read(reader));
        }

        return rows;
    }
}
