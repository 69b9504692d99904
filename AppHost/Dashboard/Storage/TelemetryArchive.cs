using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace WhisperAspire.Hosting.Dashboard.Storage;

public sealed record ArchivedRun(long Id, DateTimeOffset StartedAt);

/// <summary>
/// The telemetry of this run and the previous ones, in a SQLite file in the AppHost's state folder, so a restart
/// does not lose what the last run showed. Each run is bounded by the same limits as the live store.
/// </summary>
public sealed class TelemetryArchive(string path)
{
    private const string Schema = """
        PRAGMA journal_mode = WAL;
        CREATE TABLE IF NOT EXISTS runs (id INTEGER PRIMARY KEY AUTOINCREMENT, started_at TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS spans (run INTEGER NOT NULL, trace_id TEXT NOT NULL, span_id TEXT NOT NULL, parent_span_id TEXT,
            name TEXT NOT NULL, kind TEXT NOT NULL, resource TEXT NOT NULL, scope TEXT NOT NULL, start_ticks INTEGER NOT NULL,
            end_ticks INTEGER NOT NULL, status INTEGER NOT NULL, status_message TEXT, attributes TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS spans_by_run ON spans (run);
        CREATE TABLE IF NOT EXISTS logs (run INTEGER NOT NULL, time_ticks INTEGER NOT NULL, severity INTEGER NOT NULL,
            resource TEXT NOT NULL, category TEXT NOT NULL, message TEXT NOT NULL, attributes TEXT NOT NULL, trace_id TEXT, span_id TEXT);
        CREATE INDEX IF NOT EXISTS logs_by_run ON logs (run);
        CREATE TABLE IF NOT EXISTS metric_points (run INTEGER NOT NULL, resource TEXT NOT NULL, instrument TEXT NOT NULL,
            unit TEXT NOT NULL, description TEXT NOT NULL, time_ticks INTEGER NOT NULL, value REAL NOT NULL);
        CREATE INDEX IF NOT EXISTS metric_points_by_run ON metric_points (run);
        """;

    private static readonly string[] Tables = ["spans", "logs", "metric_points"];

    public string Path { get; } = path;

    /// <summary>Creates the file when missing, records a new run, and forgets runs beyond <paramref name="runsKept"/>.</summary>
    public long StartRun(DateTimeOffset startedAt, int runsKept)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        using var connection = Open();
        Execute(connection, Schema);
        var runId = (long)Command(connection, "INSERT INTO runs (started_at) VALUES ($at) RETURNING id", ("$at", startedAt.ToString("O"))).ExecuteScalar()!;
        Execute(connection, "DELETE FROM runs WHERE id NOT IN (SELECT id FROM runs ORDER BY id DESC LIMIT $keep)", ("$keep", runsKept));
        foreach (var table in Tables)
        {
            Execute(connection, $"DELETE FROM {table} WHERE run NOT IN (SELECT id FROM runs)");
        }

        return runId;
    }

    public IReadOnlyList<ArchivedRun> Runs()
    {
        using var connection = Open();
        using var reader = Command(connection, "SELECT id, started_at FROM runs ORDER BY id DESC").ExecuteReader();
        var runs = new List<ArchivedRun>();
        while (reader.Read())
        {
            runs.Add(new ArchivedRun(reader.GetInt64(0), DateTimeOffset.Parse(reader.GetString(1), System.Globalization.CultureInfo.InvariantCulture)));
        }

        return runs;
    }

    /// <summary>Writes one batch in one transaction (SQLite is fast in transactions and slow outside them).</summary>
    public void Write(SqliteConnection connection, long runId, IReadOnlyList<TelemetryBatch> batches)
    {
        using var transaction = connection.BeginTransaction();
        using var span = Command(connection, "INSERT INTO spans VALUES ($run, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)", ("$run", runId));
        using var log = Command(connection, "INSERT INTO logs VALUES ($run, $1, $2, $3, $4, $5, $6, $7, $8)", ("$run", runId));
        using var point = Command(connection, "INSERT INTO metric_points VALUES ($run, $1, $2, $3, $4, $5, $6)", ("$run", runId));
        foreach (var batch in batches)
        {
            foreach (var s in batch.Spans)
            {
                Run(span, s.TraceId, s.SpanId, s.ParentSpanId, s.Name, s.Kind, s.Resource, s.Scope, s.Start.Ticks, s.End.Ticks, (int)s.Status,
                    s.StatusMessage, JsonSerializer.Serialize(s.Attributes));
            }

            foreach (var l in batch.Logs)
            {
                Run(log, l.Timestamp.Ticks, l.Severity, l.Resource, l.Category, l.Message, JsonSerializer.Serialize(l.Attributes), l.TraceId, l.SpanId);
            }

            foreach (var p in batch.Points)
            {
                Run(point, p.Resource, p.Instrument, p.Unit, p.Description, p.Timestamp.Ticks, p.Value);
            }
        }

        transaction.Commit();
    }

    /// <summary>Drops this run's oldest rows beyond the limits, as the live store does.</summary>
    public static void Trim(SqliteConnection connection, long runId, TelemetryLimits limits)
    {
        foreach (var (table, limit) in new[] { ("spans", limits.MaxSpans), ("logs", limits.MaxLogRecords), ("metric_points", limits.MaxMetricPoints) })
        {
            Execute(connection,
                $"DELETE FROM {table} WHERE run = $run AND rowid < " +
                $"(SELECT rowid FROM {table} WHERE run = $run ORDER BY rowid DESC LIMIT 1 OFFSET $offset)",
                ("$run", runId), ("$offset", limit - 1));
        }
    }

    /// <summary>A store filled with the newest items of a past run, for the run selector.</summary>
    public TelemetryStore Load(long runId, TelemetryLimits limits)
    {
        using var connection = Open();
        var spans = Read(connection, "spans", runId, limits.MaxSpans, r => new SpanRecord(r.GetString(1), r.GetString(2), r.IsDBNull(3) ? null : r.GetString(3),
            r.GetString(4), r.GetString(5), r.GetString(6), r.GetString(7), new DateTime(r.GetInt64(8), DateTimeKind.Utc),
            new DateTime(r.GetInt64(9), DateTimeKind.Utc), (SpanStatus)r.GetInt32(10), r.IsDBNull(11) ? null : r.GetString(11), Attributes(r.GetString(12))));
        var logs = Read(connection, "logs", runId, limits.MaxLogRecords, r => new LogEntry(new DateTime(r.GetInt64(1), DateTimeKind.Utc), r.GetInt32(2),
            r.GetString(3), r.GetString(4), r.GetString(5), Attributes(r.GetString(6)), r.IsDBNull(7) ? null : r.GetString(7), r.IsDBNull(8) ? null : r.GetString(8)));
        var points = Read(connection, "metric_points", runId, limits.MaxMetricPoints, r => new MetricPoint(r.GetString(1), r.GetString(2), r.GetString(3),
            r.GetString(4), new DateTime(r.GetInt64(5), DateTimeKind.Utc), r.GetDouble(6)));

        var store = new TelemetryStore(limits);
        store.Add(new TelemetryBatch(spans, logs, points));
        return store;
    }

    public SqliteConnection Open()
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path, Pooling = false }.ConnectionString);
        connection.Open();
        // Two AppHosts sharing a state folder take turns rather than fail.
        Execute(connection, "PRAGMA busy_timeout = 5000; PRAGMA synchronous = NORMAL;");
        return connection;
    }

    private static List<T> Read<T>(SqliteConnection connection, string table, long runId, int limit, Func<SqliteDataReader, T> map)
    {
        using var reader = Command(connection, $"SELECT * FROM {table} WHERE run = $run ORDER BY rowid DESC LIMIT $limit",
            ("$run", runId), ("$limit", limit)).ExecuteReader();
        var items = new List<T>();
        while (reader.Read())
        {
            items.Add(map(reader));
        }

        items.Reverse();
        return items;
    }

    private static TelemetryAttribute[] Attributes(string json) => JsonSerializer.Deserialize<TelemetryAttribute[]>(json) ?? [];

    private static void Run(SqliteCommand command, params object?[] values)
    {
        // Parameter 0 is the run; the rest are $1..$n in order.
        for (var i = 0; i < values.Length; i++)
        {
            var name = $"${i + 1}";
            if (command.Parameters.Contains(name))
            {
                command.Parameters[name].Value = values[i] ?? DBNull.Value;
            }
            else
            {
                command.Parameters.AddWithValue(name, values[i] ?? DBNull.Value);
            }
        }

        command.ExecuteNonQuery();
    }

    private static void Execute(SqliteConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        using var command = Command(connection, sql, parameters);
        command.ExecuteNonQuery();
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return command;
    }
}
