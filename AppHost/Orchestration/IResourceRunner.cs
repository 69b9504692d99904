using WhisperAspire.Hosting.ApplicationModel;

namespace WhisperAspire.Hosting.Orchestration;

/// <summary>Knows how to start and stop one kind of resource and publishes its state while it runs.</summary>
internal interface IResourceRunner
{
    bool CanRun(Resource resource);

    /// <summary>Returns once the resource is Running; throws <see cref="ResourceStartException"/> when it cannot start.</summary>
    Task StartAsync(Resource resource, CancellationToken cancellationToken);

    Task StopAsync(Resource resource, CancellationToken cancellationToken);
}

/// <summary>A start failure the user can act on; its message says what went wrong and the way out.</summary>
public sealed class ResourceStartException(string message, Exception? innerException = null) : Exception(message, innerException);

/// <summary>Something every project needs before its process starts, such as the telemetry receiver it exports to.</summary>
internal interface IProjectStartGate
{
    Task WaitAsync(CancellationToken cancellationToken);
}
