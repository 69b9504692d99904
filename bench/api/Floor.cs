using Microsoft.EntityFrameworkCore;
using Npgsql;
using WhisperAspire.Api.Characters;
using WhisperAspire.Api.Prompts;
using WhisperAspire.Data;

namespace WhisperAspire.Bench.Api;

/// <summary>
/// The floor: the same rows read from the same server by a console client with raw Npgsql — the Api's own statements
/// (one SELECT per character table, in one batch; for a prompt, plus the user-knowledge statement), every value read,
/// nothing built from them — with the Api's connection settings, and no HTTP, no ASP.NET Core, no EF.
/// </summary>
internal sealed class Floor : IAsyncDisposable
{
    private static readonly string[] DocumentSelects = BuildSelects();
    private readonly NpgsqlDataSource _dataSource;

    public Floor(string connectionString, int maxPoolSize) =>
        _dataSource = new NpgsqlDataSourceBuilder(connectionString)
        {
            ConnectionStringBuilder = { MaxPoolSize = maxPoolSize, MaxAutoPrepare = 64, NoResetOnClose = true },
        }.Build();

    public Task<bool> DocumentAsync(CancellationToken cancellationToken) => ReadAsync(withKnowledge: false, cancellationToken);

    public Task<bool> PromptDataAsync(CancellationToken cancellationToken) => ReadAsync(withKnowledge: true, cancellationToken);

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    private async Task<bool> ReadAsync(bool withKnowledge, CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var batch = new NpgsqlBatch(connection);
        foreach (var select in DocumentSelects)
        {
            batch.BatchCommands.Add(new NpgsqlBatchCommand(select) { Parameters = { new NpgsqlParameter<string> { TypedValue = SeedData.Character } } });
        }

        if (withKnowledge)
        {
            batch.BatchCommands.Add(new NpgsqlBatchCommand(UserKnowledgeReader.Sql)
            {
                Parameters = { new NpgsqlParameter<string> { TypedValue = SeedData.User }, new NpgsqlParameter<string> { TypedValue = SeedData.Character } },
            });
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

    private static string[] BuildSelects()
    {
        var options = new DbContextOptionsBuilder<WhisperEngineDbContext>().UseNpgsql("Host=unused");
        WhisperEngineDbContext.UseNamingConvention(options);
        using var db = new WhisperEngineDbContext(options.Options);
        return [.. new CdlDocumentSql(new CdlDocument(db.Model)).Selects.Select(s => s.Sql)];
    }
}
