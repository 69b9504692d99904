using System.Globalization;
using System.Net.Http.Json;
using Npgsql;
using WhisperAspire.Hosting.ApplicationModel;
using WhisperAspire.Hosting.Orchestration;
using WhisperAspire.Hosting.Postgres;

namespace WhisperAspire.Hosting.Dashboard.Journal;

/// <summary>The journal's rows with whatever columns the table has, so a renamed or added column shows as it is.</summary>
public sealed record JournalTable(IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows);

/// <summary>One stage of the schema as the Api sees it: tables its model maps, and how many the database has.</summary>
public sealed record StageTables(string Stage, int ModelTables, int DatabaseTables, IReadOnlyList<string> MissingTables);

/// <summary>A step the runner would apply next.</summary>
public sealed record PendingStep(string Stage, string Name, string Kind);

/// <summary>What the Api's build says of the database: stages, pending steps, and why a run would be refused.</summary>
public sealed record SchemaPlanView(IReadOnlyList<StageTables> Stages, IReadOnlyList<PendingStep> Pending, IReadOnlyList<string> Refusals);

/// <summary>What the Migrations page shows. <see cref="Journal"/> is null while the table does not exist yet;
/// <see cref="Plan"/> is null while the Api cannot answer.</summary>
public sealed record MigrationReport(string Database, JournalTable? Journal, SchemaPlanView? Plan, string? Problem);

/// <summary>
/// Reads the schema runner's journal (table schema_journal) and EF Core's migration history through the database
/// resource's connection string, and the pending migrations from the Api's GET /api/schema.
/// </summary>
public sealed class MigrationJournal(DistributedApplicationModel model, ResourceNotificationService notifications)
{
    public const string Table = "schema_journal";
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(5) };

    public async Task<MigrationReport> ReadAsync(CancellationToken cancellationToken)
    {
        var database = model.Resources.OfType<PostgresDatabaseResource>().FirstOrDefault();
        if (database is null)
        {
            return new MigrationReport("", null, null, "The app model has no PostgreSQL database.");
        }

        var snapshot = notifications.GetSnapshot(database);
        if (!snapshot.IsReady)
        {
            return new MigrationReport(database.Name, null, null, $"{database.Name} is {snapshot.State}; the journal can be read once it runs.");
        }

        try
        {
            await using var connection = new NpgsqlConnection(database.GetConnectionString());
            await connection.OpenAsync(cancellationToken);
            var journal = await Exists(connection, Table, cancellationToken) ? await ReadJournalAsync(connection, cancellationToken) : null;
            return new MigrationReport(database.Name, journal, await ReadPlanAsync(cancellationToken), null);
        }
        catch (NpgsqlException ex)
        {
            return new MigrationReport(database.Name, null, null, $"Reading {database.DatabaseName} failed: {ex.Message}");
        }
    }

    private static async Task<bool> Exists(NpgsqlConnection connection, string table, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT to_regclass($1) IS NOT NULL", connection) { Parameters = { new() { Value = table } } };
        return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private static async Task<JournalTable> ReadJournalAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"SELECT * FROM {Table}", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var columns = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToList();
        var rows = new List<IReadOnlyList<string>>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(i => Text(reader.GetValue(i)))]);
        }

        // Applied order when the table says so; ISO timestamps sort as text.
        var appliedAt = columns.IndexOf("applied_at");
        return new JournalTable(columns, appliedAt < 0 ? rows : [.. rows.OrderBy(r => r[appliedAt], StringComparer.Ordinal)]);
    }

    /// <summary>The Api's build knows which steps the database still lacks (GET /api/schema); null when it cannot say.</summary>
    private async Task<SchemaPlanView?> ReadPlanAsync(CancellationToken cancellationToken)
    {
        var api = model.Resources.OfType<ProjectResource>()
            .FirstOrDefault(p => p.Endpoint is not null && p.HealthCheckPath is not null && notifications.GetSnapshot(p).IsReady);
        if (api is null)
        {
            return null;
        }

        try
        {
            var report = await Http.GetFromJsonAsync<SchemaReport>($"{api.Endpoint!.Url}/api/schema", cancellationToken);
            return report is null ? null : new SchemaPlanView(report.Stages, report.Plan.ToApply, report.Plan.Refusals);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or System.Text.Json.JsonException)
        {
            return null;
        }
    }

    private static string Text(object value) => value switch
    {
        DBNull => "",
        byte[] bytes => Convert.ToHexStringLower(bytes),
        DateTime time => time.ToString("yyyy-MM-dd HH:mm:ss.fff", CultureInfo.InvariantCulture),
        DateTimeOffset time => time.ToString("yyyy-MM-dd HH:mm:ss.fff", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    // The parts of the Api's GET /api/schema response this page shows.
    private sealed record SchemaReport(IReadOnlyList<StageTables> Stages, PlanBody Plan);

    private sealed record PlanBody(IReadOnlyList<PendingStep> ToApply, IReadOnlyList<string> Refusals);
}
