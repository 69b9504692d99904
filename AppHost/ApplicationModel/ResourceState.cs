using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace WhisperAspire.Hosting.ApplicationModel;

/// <summary>The lifecycle states, named as Aspire's KnownResourceStates.</summary>
public enum ResourceState
{
    NotStarted,
    Waiting,
    Starting,
    Running,

    /// <summary>Ran to completion with exit code 0.</summary>
    Finished,

    /// <summary>Stopped: asked to, crashed, or ended with a non-zero exit code.</summary>
    Exited,

    FailedToStart,
}

/// <summary>What is known of one resource at one moment. Health is tracked apart from state, as in Aspire.</summary>
public sealed record ResourceSnapshot
{
    public ResourceState State { get; init; } = ResourceState.NotStarted;

    /// <summary>Null while no health check has reported (or the resource has none).</summary>
    public HealthStatus? Health { get; init; }

    public int? ExitCode { get; init; }

    public int? ProcessId { get; init; }

    public DateTimeOffset? StartedAt { get; init; }

    public DateTimeOffset? StoppedAt { get; init; }

    public IReadOnlyList<string> Urls { get; init; } = [];

    /// <summary>The environment the process started with; may hold secrets, so whoever shows it masks them.</summary>
    public IReadOnlyDictionary<string, string?> Environment { get; init; } = new Dictionary<string, string?>();

    /// <summary>Why the resource is in this state, when that needs saying (a failure's reason).</summary>
    public string? Message { get; init; }

    public bool IsTerminal => State is ResourceState.Finished or ResourceState.Exited or ResourceState.FailedToStart;

    /// <summary>Running, and healthy or without health checks: what WaitFor waits for.</summary>
    public bool IsReady => State == ResourceState.Running && Health is null or HealthStatus.Healthy;
}
