using WhisperAspire.Hosting;
using WhisperAspire.Hosting.ApplicationModel;
using WhisperAspire.Hosting.Orchestration;
using WhisperAspire.Hosting.Testing;

namespace WhisperAspire.IntegrationTests.Infrastructure;

/// <summary>
/// The real stack, started through the AppHost's own Program.cs (the code path of dotnet run) on free ports with
/// a throwaway state folder. Disposing stops every process it started, whether or not the test passed.
/// </summary>
public sealed class TestStack : IAsyncDisposable
{
    public static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(3);

    private readonly bool _ownsState;

    private TestStack(DistributedApplication app, DistributedApplicationBuilder builder, string stateDirectory, bool ownsState, int postgresPort, int apiPort)
    {
        App = app;
        Builder = builder;
        StateDirectory = stateDirectory;
        _ownsState = ownsState;
        PostgresPort = postgresPort;
        ApiPort = apiPort;
        Api = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{apiPort}"), Timeout = TimeSpan.FromSeconds(30) };
    }

    public DistributedApplication App { get; }

    public DistributedApplicationBuilder Builder { get; }

    public string StateDirectory { get; }

    public int PostgresPort { get; }

    public int ApiPort { get; }

    public HttpClient Api { get; }

    public string ConnectionString => Resource<IResourceWithConnectionString>("whisperengine").GetConnectionString();

    public ResourceNotificationService Notifications => App.ResourceNotifications;

    public const string DefaultBotName = "fixture-bot";

    /// <summary>Builds the AppHost's model with test settings layered on, lets the test adjust it, and starts it.</summary>
    public static async Task<TestStack> StartAsync(
        string? stateDirectory = null,
        Action<DistributedApplicationBuilder>? configure = null,
        IEnumerable<string>? extraArgs = null,
        int? postgresPort = null)
    {
        var ownsState = stateDirectory is null;
        stateDirectory ??= TestDirectories.Create("stack");
        var pgPort = postgresPort ?? FreePort.Next();
        var apiPort = FreePort.Next();
        string[] args =
        [
            "--environment", "Development",
            $"--Postgres:Port={pgPort}",
            $"--Api:Port={apiPort}",
            $"--AppHost:StateDirectory={stateDirectory}",
            // The timeline of every stack would bury the test output; a failing wait prints Describe() instead.
            "--Logging:LogLevel:Default=Warning",
            // Stacks under test must not take the dashboard's fixed ports (a developer's AppHost, or a second stack);
            // the dashboard's own tests start it on free ports.
            "--Dashboard:Enabled=false",
            // The Api runs as this bot: POST /api/prompt answers for the character of this name, when a test creates one.
            $"--DISCORD_BOT_NAME={DefaultBotName}",
            .. extraArgs ?? [],
        ];

        var builder = await DistributedApplicationTestingBuilder.CreateAsync(typeof(DistributedApplication).Assembly, args);
        configure?.Invoke(builder);
        var app = builder.Build();
        var stack = new TestStack(app, builder, stateDirectory, ownsState, pgPort, apiPort);
        await app.StartAsync();
        return stack;
    }

    /// <summary>Starts a stack and waits until the Api is healthy; fails with every resource's state if it is not.</summary>
    public static async Task<TestStack> StartHealthyAsync(string? stateDirectory = null)
    {
        var stack = await StartAsync(stateDirectory);
        try
        {
            await stack.WaitForAsync("api", s => s.IsReady);
            return stack;
        }
        catch
        {
            await stack.DisposeAsync();
            throw;
        }
    }

    public T Resource<T>(string name) => Builder.Resources.Where(r => r.Name == name).OfType<T>().Single();

    public ResourceSnapshot Snapshot(string name) => Notifications.GetSnapshot(Resource<Resource>(name));

    /// <summary>Waits for a state, and explains the whole stack when it does not come (or cannot any more).</summary>
    public async Task<ResourceSnapshot> WaitForAsync(string name, Func<ResourceSnapshot, bool> predicate)
    {
        using var timeout = new CancellationTokenSource(StartTimeout);
        try
        {
            var snapshot = await Notifications.WaitForAsync(name, s => predicate(s) || s.IsTerminal, timeout.Token);
            return predicate(snapshot) ? snapshot : throw new InvalidOperationException($"{name} ended {snapshot.State}.{Environment.NewLine}{Describe()}");
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"{name} did not reach the expected state within {StartTimeout}.{Environment.NewLine}{Describe()}");
        }
    }

    public IReadOnlyList<int> ProcessIds() =>
        [.. Builder.Resources.Select(r => Notifications.GetSnapshot(r).ProcessId).OfType<int>()];

    public string Describe() => string.Join(Environment.NewLine, Builder.Resources.Select(r =>
    {
        var s = Notifications.GetSnapshot(r);
        var tail = string.Join(Environment.NewLine + "    ", App.ResourceLogs.GetLines(r).TakeLast(15).Select(l => l.Text));
        return $"  {r.Name}: {s.State} health={s.Health} exit={s.ExitCode} {s.Message}{Environment.NewLine}    {tail}";
    }));

    public async ValueTask DisposeAsync()
    {
        Api.Dispose();
        await App.DisposeAsync();
        if (_ownsState)
        {
            TestDirectories.Delete(StateDirectory);
        }
    }
}
