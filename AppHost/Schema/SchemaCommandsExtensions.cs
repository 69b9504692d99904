using System.Globalization;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Aspire.Hosting.Eventing;
using Npgsql;

namespace WhisperAspire.AppHost.Schema;

public static class SchemaCommandsExtensions
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Two commands on the database in the dashboard: <b>Reset database</b> (drop it, create it empty, run the
    /// migrations again, then restart the Api; asks first, since it destroys every row) and <b>Show pending migrations</b>
    /// (what a migrator would apply to this database now, read without writing).
    /// </summary>
    public static IResourceBuilder<IResourceWithConnectionString> WithSchemaCommands(this IResourceBuilder<IResourceWithConnectionString> database,
        IResourceBuilder<ProjectResource> migrations, IResourceBuilder<ProjectResource> api)
    {
        database.WithCommand("reset-database", "Reset database",
            context => ResetAsync(context, database.Resource, migrations.Resource, api.Resource),
            new CommandOptions
            {
                Description = "Drops the database with every row in it, creates it empty, runs the migrations again and restarts the Api.",
                ConfirmationMessage = "Delete every row in this database and build the schema again from the migrations? This cannot be undone.",
                IconName = "ArrowCounterclockwise",
                UpdateState = WhenRunning,
            });
        database.WithCommand("show-pending-migrations", "Show pending migrations",
            context => ShowPendingAsync(context, database.Resource),
            new CommandOptions
            {
                Description = "Lists the migration steps this build would apply to the database now; writes nothing.",
                IconName = "TaskListLtr",
                UpdateState = WhenRunning,
            });
        return database;
    }

    private static ResourceCommandState WhenRunning(UpdateCommandStateContext context) =>
        context.ResourceSnapshot.State?.Text == KnownResourceStates.Running ? ResourceCommandState.Enabled : ResourceCommandState.Disabled;

    private static async Task<ExecuteCommandResult> ShowPendingAsync(ExecuteCommandContext context, IResourceWithConnectionString database)
    {
        var status = await SchemaStatusReader.ReadAsync(database, context.CancellationToken);
        var plan = status.Plan;
        if (plan.IsUpToDate)
        {
            return CommandResults.Success(
                $"Up to date: {status.Journal.Count} steps applied, none pending.",
                $"Schema version: {(status.Journal.Count > 0 ? status.Journal[^1].Step : "(empty)")}", CommandResultFormat.Text);
        }

        var report = new StringBuilder();
        foreach (var step in plan.ToApply)
        {
            report.AppendLine(CultureInfo.InvariantCulture, $"- apply {step} ({step.Stage})");
        }

        foreach (var step in plan.ToRecord)
        {
            report.AppendLine(CultureInfo.InvariantCulture, $"- record {step} (applied, journal row missing)");
        }

        foreach (var refusal in plan.Refusals)
        {
            report.AppendLine(CultureInfo.InvariantCulture, $"- refused: {refusal}");
        }

        return CommandResults.Success($"{plan.ToApply.Count + plan.ToRecord.Count} pending, {plan.Refusals.Count} refusal(s).",
            report.ToString(), CommandResultFormat.Markdown);
    }

    private static async Task<ExecuteCommandResult> ResetAsync(ExecuteCommandContext context, IResourceWithConnectionString database,
        ProjectResource migrations, ProjectResource api)
    {
        var commands = context.Services.GetRequiredService<ResourceCommandService>();
        var notifications = context.Services.GetRequiredService<ResourceNotificationService>();
        using var patience = CancellationTokenSource.CreateLinkedTokenSource(context.CancellationToken);
        patience.CancelAfter(Patience);
        var cancellationToken = patience.Token;

        // The Api holds pooled connections and would answer from a half-built schema: stop it first.
        if (IsRunning(notifications, api.Name))
        {
            await commands.ExecuteCommandAsync(api, KnownResourceCommands.StopCommand, cancellationToken);
        }

        await RecreateAsync(database, cancellationToken);

        var finished = await RunToCompletionAsync(context.Services, commands, migrations, cancellationToken);
        if (finished.Snapshot.ExitCode != 0)
        {
            return CommandResults.Failure(
                $"The database was recreated, but the migrations failed (exit code {finished.Snapshot.ExitCode}): read the migrations console. The Api was not restarted.");
        }

        // The Api answers its /health, or ends (a crash on start): whichever comes first.
        var ended = StoppedAsync(context.Services, api, cancellationToken);
        await commands.ExecuteCommandAsync(api, KnownResourceCommands.StartCommand, cancellationToken);
        if (await Task.WhenAny(ended, WaitUntilAnsweringAsync(api, cancellationToken)) == ended)
        {
            return CommandResults.Failure($"The database was rebuilt, but the Api ended (exit code {(await ended).Snapshot.ExitCode}) instead of starting again: read the api console.");
        }

        return CommandResults.Success("The database was recreated, the migrations ran again and the Api is running.");
    }

    /// <summary>
    /// The restarted Api's own /health, asked as a user would: Aspire's health monitor may take its time to look at a
    /// restarted resource again, and the command should report when the Api really answers.
    /// </summary>
    private static async Task WaitUntilAnsweringAsync(ProjectResource api, CancellationToken cancellationToken)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(15) }; // a loaded machine needs seconds for the first request (SCRAM, the pool)
        var health = new Uri(new Uri(api.GetEndpoint("http").Url), "/health");
        while (true)
        {
            try
            {
                using var response = await client.GetAsync(health, cancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                // DCP's proxy accepts before the Api listens: ask again.
            }

            await Task.Delay(100, cancellationToken); // the Api announces nothing when it is ready
        }
    }

    /// <summary>Starts a run-to-completion resource again and waits for that run's end.</summary>
    private static async Task<ResourceEvent> RunToCompletionAsync(IServiceProvider services, ResourceCommandService commands,
        ProjectResource project, CancellationToken cancellationToken)
    {
        var stopped = StoppedAsync(services, project, cancellationToken);
        await commands.ExecuteCommandAsync(project, KnownResourceCommands.StartCommand, cancellationToken);
        return await stopped;
    }

    /// <summary>
    /// The next end of a resource's run, by Aspire's ResourceStoppedEvent: a restarted resource's snapshot keeps
    /// timestamps of earlier runs, so the event is the reliable signal.
    /// </summary>
    private static async Task<ResourceEvent> StoppedAsync(IServiceProvider services, IResource resource, CancellationToken cancellationToken)
    {
        var stopped = new TaskCompletionSource<ResourceEvent>(TaskCreationOptions.RunContinuationsAsynchronously);
        var eventing = services.GetRequiredService<IDistributedApplicationEventing>();
        var subscription = eventing.Subscribe<ResourceStoppedEvent>(resource, (@event, _) =>
        {
            stopped.TrySetResult(@event.ResourceEvent);
            return Task.CompletedTask;
        });
        try
        {
            return await stopped.Task.WaitAsync(cancellationToken);
        }
        finally
        {
            eventing.Unsubscribe(subscription);
        }
    }

    private static async Task RecreateAsync(IResourceWithConnectionString database, CancellationToken cancellationToken)
    {
        var target = new NpgsqlConnectionStringBuilder(await database.ConnectionStringExpression.GetValueAsync(cancellationToken));
        var name = "\"" + target.Database!.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        var server = new NpgsqlConnectionStringBuilder(target.ConnectionString) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(server.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        foreach (var sql in new[] { $"DROP DATABASE IF EXISTS {name} WITH (FORCE)", $"CREATE DATABASE {name}" })
        {
            await using var command = new NpgsqlCommand(sql, connection);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static bool IsRunning(ResourceNotificationService notifications, string name) =>
        notifications.TryGetCurrentState(name, out var current) && current.Snapshot.State?.Text == KnownResourceStates.Running;

    private static bool IsTerminal(string? state) =>
        state == KnownResourceStates.Finished || state == KnownResourceStates.Exited || state == KnownResourceStates.FailedToStart;
}
