using System.Diagnostics;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Options;
using Npgsql;
using WhisperAspire.Data;
using WhisperAspire.Data.Schema;

namespace WhisperAspire.MigrationService.Migrating;

/// <summary>
/// Brings the database to this build's schema: core migrations, then enrichment and advanced scripts, each step
/// journaled in schema_journal. Concurrent migrators queue on a PostgreSQL advisory lock, so each step runs once.
/// </summary>
public sealed class SchemaMigrator(WhisperEngineDbContext db, ILogger<SchemaMigrator> logger, IOptions<MigrationOptions>? options = null)
{
    /// <summary>Fixed for every migrator of this schema; the bytes spell "WhispMig".</summary>
    private const long LockKey = 0x5768_6973_704D_6967;

    private static readonly string AppliedBy =
        typeof(SchemaMigrator).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    /// <summary>Logs what a run would do and writes nothing. False when the run would be refused.</summary>
    public async Task<bool> PlanAsync(CancellationToken cancellationToken)
    {
        var plan = await ReadPlanAsync(cancellationToken);
        if (plan is null)
        {
            return false;
        }

        logger.LogInformation(
            "Plan: {ApplyCount} step(s) to apply, {RecordCount} applied migration(s) to journal.{Steps}",
            plan.ToApply.Count,
            plan.ToRecord.Count,
            string.Concat(plan.ToApply.Select(step => $"{Environment.NewLine}  apply  {step.Stage,-10} {step} ({step.Checksum})")
                .Concat(plan.ToRecord.Select(step => $"{Environment.NewLine}  record {step.Stage,-10} {step} ({step.Checksum})"))));
        return true;
    }

    /// <summary>Applies every pending step. False when the run was refused; nothing is applied then.</summary>
    public async Task<bool> ApplyAsync(CancellationToken cancellationToken)
    {
        // Clones of the context's connection: they keep its password, which the connection string it shows has dropped.
        var contextConnection = (NpgsqlConnection)db.Database.GetDbConnection();

        // Unpooled, so that closing it (or the process dying) really ends the session and releases the lock.
        await using var lockConnection = contextConnection.CloneWith(
            new NpgsqlConnectionStringBuilder(contextConnection.ConnectionString) { Pooling = false }.ConnectionString);
        await lockConnection.OpenAsync(cancellationToken);
        await AcquireLockAsync(lockConnection, cancellationToken);

        await using var connection = contextConnection.CloneWith(contextConnection.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await ExecuteAsync(connection, null, SchemaJournalEntry.CreateTableSql, [], cancellationToken);

        // Read under the lock: a migrator that held it before us may have just applied everything.
        var plan = await ReadPlanAsync(cancellationToken);
        if (plan is null)
        {
            return false;
        }

        foreach (var step in plan.ToRecord)
        {
            await RunStepAsync(step, "record", () => JournalAsync(connection, null, step, duration: null, cancellationToken));
        }

        foreach (var step in plan.ToApply)
        {
            await RunStepAsync(step, "apply", () => step.Kind == SchemaStepKind.EfMigration
                ? ApplyMigrationAsync(connection, step, cancellationToken)
                : ApplyScriptAsync(connection, step, cancellationToken));
        }

        logger.LogInformation("The database is up to date ({Applied} step(s) applied, {Recorded} recorded).", plan.ToApply.Count, plan.ToRecord.Count);
        return true;
    }

    /// <summary>The plan, narrowed to --Migrations:Steps when given; null when the run is refused.</summary>
    private async Task<SchemaPlan?> ReadPlanAsync(CancellationToken cancellationToken)
    {
        var plan = (await SchemaStatus.ReadAsync(db, cancellationToken)).Plan;
        var names = StepSelection.Parse(options?.Value.Steps);
        if (names.Count > 0)
        {
            var (narrowed, errors) = StepSelection.Narrow(plan, SchemaCatalog.Load(db), names);
            plan = narrowed with { Refusals = [.. plan.Refusals, .. errors] };
            logger.LogInformation("Only the selected steps run: {Steps}.", string.Join(", ", names));
        }

        return Accept(plan) ? plan : null;
    }

    private bool Accept(SchemaPlan plan)
    {
        foreach (var step in plan.Unknown)
        {
            logger.LogWarning("The journal records {Step}, which this build does not contain; it is left as it is.", step);
        }

        if (plan.Refusals.Count == 0)
        {
            return true;
        }

        logger.LogError("Refusing to run: {Reasons}", string.Join(Environment.NewLine, plan.Refusals));
        return false;
    }

    private async Task AcquireLockAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        if (await ExecuteAsync(connection, null, "SELECT pg_try_advisory_lock($1)", [LockKey], cancellationToken) is true)
        {
            return;
        }

        logger.LogInformation("Another migrator holds the schema lock; waiting for it to finish.");
        await ExecuteAsync(connection, null, "SELECT pg_advisory_lock($1)", [LockKey], cancellationToken);
    }

    private async Task RunStepAsync(SchemaStep step, string action, Func<Task> run)
    {
        using var activity = MigrationWorker.ActivitySource.StartActivity(step.Name);
        activity?.SetTag("schema.stage", step.Stage.ToString());
        activity?.SetTag("schema.checksum", step.Checksum);
        activity?.SetTag("schema.step.kind", step.Kind.ToString());
        activity?.SetTag("schema.action", action);
        var clock = Stopwatch.StartNew();
        try
        {
            await run();
            logger.LogInformation("{Step} ({Stage}): {Action} took {Elapsed:F0} ms.", step, step.Stage, action, clock.Elapsed.TotalMilliseconds);
        }
        catch (Exception ex)
        {
            if (ex is not OperationCanceledException)
            {
                // The exception says what went wrong; this says where. The step's transaction is rolled back.
                logger.LogError("{Step} ({Stage}) failed and was rolled back.", step, step.Stage);
            }

            activity?.AddException(ex);
            activity?.SetStatus(ActivityStatusCode.Error);
            throw;
        }
    }

    private async Task ApplyMigrationAsync(NpgsqlConnection connection, SchemaStep step, CancellationToken cancellationToken)
    {
        // EF (with Npgsql) reads the history before creating it, and logs that failed read as an error on a fresh database.
        await db.GetService<IHistoryRepository>().CreateIfNotExistsAsync(cancellationToken);
        var clock = Stopwatch.StartNew();
        // EF commits each migration in its own transaction. Dying before the journal row is written leaves the
        // migration in __EFMigrationsHistory only, and the next run records it (JournalDecision's ToRecord).
        await db.GetService<IMigrator>().MigrateAsync(step.Name, cancellationToken);
        await JournalAsync(connection, null, step, clock.Elapsed, cancellationToken);
    }

    private static async Task ApplyScriptAsync(NpgsqlConnection connection, SchemaStep step, CancellationToken cancellationToken)
    {
        var sql = SchemaCatalog.ReadScript(step);
        var clock = Stopwatch.StartNew();
        // The journal row commits with the script or not at all.
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await ExecuteAsync(connection, transaction, sql, [], cancellationToken);
        await JournalAsync(connection, transaction, step, clock.Elapsed, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static Task JournalAsync(
        NpgsqlConnection connection, NpgsqlTransaction? transaction, SchemaStep step, TimeSpan? duration, CancellationToken cancellationToken) =>
        ExecuteAsync(
            connection,
            transaction,
            SchemaJournalEntry.InsertSql,
            [step.Name, step.Stage.ToString(), step.Kind.ToString(), step.Checksum, DateTimeOffset.UtcNow, duration, AppliedBy],
            cancellationToken);

    private static async Task<object?> ExecuteAsync(
        NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, object?[] values, CancellationToken cancellationToken)
    {
        // No command timeout: a step or a wait for the lock may take minutes; the host's shutdown cancels instead.
        await using var command = new NpgsqlCommand(sql, connection, transaction) { CommandTimeout = 0 };
        foreach (var value in values)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value ?? DBNull.Value });
        }

        return await command.ExecuteScalarAsync(cancellationToken);
    }
}
