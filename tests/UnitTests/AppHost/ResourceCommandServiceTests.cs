using WhisperAspire.Hosting;
using WhisperAspire.Hosting.ApplicationModel;
using WhisperAspire.Hosting.Orchestration;

namespace WhisperAspire.UnitTests.AppHost;

public sealed class ResourceCommandServiceTests
{
    private readonly ResourceNotificationService _notifications = new();
    private readonly ProjectResource _api = new("api", null!);
    private readonly Runner _runner;
    private readonly ResourceCommandService _commands;

    public ResourceCommandServiceTests()
    {
        _runner = new Runner(_notifications);
        _commands = new ResourceCommandService(new DistributedApplicationModel([_api]), _notifications, [_runner], TimeProvider.System);
    }

    [Fact]
    public async Task Restart_stops_then_starts_through_the_runner_and_clears_the_last_exit()
    {
        _notifications.Publish(_api, s => s with { State = ResourceState.Running });

        await _commands.RestartAsync("api", TestContext.Current.CancellationToken);

        Assert.Equal(["stop", "start"], _runner.Calls);
        var snapshot = _notifications.GetSnapshot(_api);
        Assert.Equal(ResourceState.Running, snapshot.State);
        Assert.Null(snapshot.ExitCode);
    }

    [Fact]
    public async Task Refuses_what_the_state_does_not_allow_and_says_why()
    {
        _notifications.Publish(_api, s => s with { State = ResourceState.Waiting });

        var stop = await Assert.ThrowsAsync<InvalidOperationException>(() => _commands.StopAsync("api", TestContext.Current.CancellationToken));
        var start = await Assert.ThrowsAsync<InvalidOperationException>(() => _commands.StartAsync("api", TestContext.Current.CancellationToken));
        var unknown = await Assert.ThrowsAsync<InvalidOperationException>(() => _commands.StartAsync("nope", TestContext.Current.CancellationToken));

        Assert.Contains("Waiting", stop.Message, StringComparison.Ordinal);
        Assert.Contains("only a stopped project can be started", start.Message, StringComparison.Ordinal);
        Assert.Contains("'nope'", unknown.Message, StringComparison.Ordinal);
        Assert.Empty(_runner.Calls);
    }

    [Fact]
    public async Task A_start_that_fails_leaves_the_resource_FailedToStart_with_the_reason()
    {
        _notifications.Publish(_api, s => s with { State = ResourceState.Exited, ExitCode = 1 });
        _runner.StartFailure = new ResourceStartException("api.dll does not exist");

        await Assert.ThrowsAsync<ResourceStartException>(() => _commands.StartAsync("api", TestContext.Current.CancellationToken));

        var snapshot = _notifications.GetSnapshot(_api);
        Assert.Equal((ResourceState.FailedToStart, "api.dll does not exist"), (snapshot.State, snapshot.Message));
    }

    private sealed class Runner(ResourceNotificationService notifications) : IResourceRunner
    {
        public List<string> Calls { get; } = [];

        public ResourceStartException? StartFailure { get; set; }

        public bool CanRun(Resource resource) => true;

        public Task StartAsync(Resource resource, CancellationToken cancellationToken)
        {
            if (StartFailure is not null)
            {
                throw StartFailure;
            }

            Calls.Add("start");
            notifications.Publish(resource, s => s with { State = ResourceState.Running });
            return Task.CompletedTask;
        }

        public async Task StopAsync(Resource resource, CancellationToken cancellationToken)
        {
            Calls.Add("stop");
            // As the process runner: the exit is published a moment after the stop returns.
            await Task.Yield();
            notifications.Publish(resource, s => s with { State = ResourceState.Finished, ExitCode = 0 });
        }
    }
}
