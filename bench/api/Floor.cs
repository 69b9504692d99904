using Microsoft.EntityFrameworkCore;
using Npgsql;
using WhisperAspire.Api.Characters;
using WhisperAspire.Api.Prompts;
using WhisperAspire.Data;

namespace WhisperAspire.Bench.Api;

/// <summary>
/// The floor: the same data read from the same server by a console client with raw Npgsql and a connection pool, no
/// HTTP, no ASP.NET Core, no EF, with the same connection settings as the Api. Two floors for the document: the Api's own one-statement SQL, and the plain way — one
/// SELECT per character table, sent as one batch, every row read.
/// </summary>
internal sealed class Floor(NpgsqlDataSource dataSource) : IAsyncDisposable
{
    /// <summary>Raw Npgsql done well, with the Api's own settings: statements prepared on reuse, no reset on return.</summary>
    public Floor(string connectionString, int maxPoolSize)
        : this(new NpgsqlDataSourceBuilder(connectionString)
        {
            ConnectionStringBuilder = { MaxPoolSize = maxPoolSize, MaxAutoPrepare = 64, NoResetOnClose = true },
        }.Build())
    {
    }

    private static readonly (string DocumentSql, string[] TableSelects) Sql = BuildSql();

    public async Task<bool> DocumentAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(Sql.DocumentSql);
        command.Parameters.Add(new NpgsqlParameter { Value = SeedData.Character });
        return await command.ExecuteScalarAsync(cancellationToken) is string;
    }

    public async Task<bool> TablesAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var batch = new NpgsqlBatch(connection);
        foreach (var select in Sql.TableSelects)
        {
            batch.BatchCommands.Add(new NpgsqlBatchCommand(select) { Parameters = { new NpgsqlParameter { Value = SeedData.Character } } });
        }

        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        var values = new object[64];
        do
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                reader.GetValues(values);
            }
        }
        while (await reader.NextResultAsync(cancellationToken));
        return true;
    }

    /// <summary>The document and the user's knowledge: the two statements a prompt needs.</summary>
    public async Task<bool> PromptDataAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var batch = new NpgsqlBatch(connection)
        {
            BatchCommands =
            {
                new NpgsqlBatchCommand(Sql.DocumentSql) { Parameters = { new NpgsqlParameter { Value = SeedData.Character } } },
                new NpgsqlBatchCommand(UserKnowledgeReader.Sql) { Parameters = { new NpgsqlParameter { Value = SeedData.User }, new NpgsqlParameter { Value = SeedData.Character } } },
            },
        };
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        do
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                _ = reader.GetString(0);
            }
        }
        while (await reader.NextResultAsync(cancellationToken));
        return true;
    }

    /// <summary>PostgreSQL's own planning and execution time for the document statement (where its time goes).</summary>
    public async Task<string> ExplainDocumentAsync()
    {
        await using var command = dataSource.CreateCommand("EXPLAIN (ANALYZE, SUMMARY, FORMAT JSON) " + Sql.DocumentSql);
        command.Parameters.Add(new NpgsqlParameter { Value = SeedData.Character });
        using var plan = System.Text.Json.JsonDocument.Parse((string)(await command.ExecuteScalarAsync())!);
        var root = plan.RootElement[0];
        return string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"planning {root.GetProperty("Planning Time").GetDouble():F2} ms, execution {root.GetProperty("Execution Time").GetDouble():F2} ms");
    }

    public ValueTask DisposeAsync() => dataSource.DisposeAsync();

    private static (string, string[]) BuildSql()
    {
        var options = new DbContextOptionsBuilder<WhisperEngineDbContext>().UseNpgsql("Host=unused");
        WhisperEngineDbContext.UseNamingConvention(options);
        using var db = new WhisperEngineDbContext(options.Options);
        var document = new CdlDocument(db.Model);
        var tables = document.Sections.Values.SelectMany(n =>
        {
            var table = n.TargetEntityType.GetTableName();
            var join = $"JOIN characters c ON c.id = t.\"{n.ForeignKey.Properties[0].GetColumnName()}\" WHERE c.name = $1";
            // Rows nested one level deeper (interest topics, flow directives) are read through their parent.
            var nested = n.TargetEntityType.GetNavigations().Where(c => c.IsCollection && !c.IsOnDependent).Select(c =>
                $"SELECT u.* FROM \"{c.TargetEntityType.GetTableName()}\" u JOIN \"{table}\" t ON t.id = u.\"{c.ForeignKey.Properties[0].GetColumnName()}\" {join}");
            return nested.Prepend($"SELECT t.* FROM \"{table}\" t {join}");
        });
        return (new CdlDocumentSql(document).ReadByName, ["SELECT * FROM characters WHERE name = $1", .. tables]);
    }
}
