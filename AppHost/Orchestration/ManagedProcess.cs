using CliWrap;
using WhisperAspire.Hosting.ApplicationModel;

namespace WhisperAspire.Hosting.Orchestration;

/// <summary>
/// A child process of the AppHost whose output goes to the resource's log, with a graceful stop (the process's own
/// stop signal, then SIGKILL after a grace period) so that nothing outlives the AppHost.
/// </summary>
internal sealed class ManagedProcess
{
    private readonly CancellationTokenSource _kill = new();
    private readonly CommandTask<CommandResult> _task;
    private readonly int _stopSignal;

    private ManagedProcess(Command command, Resource resource, ResourceLoggerService logs, int stopSignal)
    {
        _stopSignal = stopSignal;
        _task = command
            .WithStandardOutputPipe(PipeTarget.ToDelegate(line => logs.Append(resource, line, isError: false)))
            .WithStandardErrorPipe(PipeTarget.ToDelegate(line => logs.Append(resource, line, isError: true)))
            .WithValidation(CommandResultValidation.None)
            .ExecuteAsync(_kill.Token);
        Exited = WaitForExitAsync();
    }

    public int ProcessId => _task.ProcessId;

    /// <summary>The exit code, or null when the process had to be killed.</summary>
    public Task<int?> Exited { get; }

    public bool StopRequested { get; private set; }

    /// <param name="stopSignal">
    /// What asks this program to stop cleanly: SIGTERM for .NET (a shell that starts the AppHost in the background
    /// makes it and its children ignore SIGINT), SIGINT for PostgreSQL (its fast shutdown; SIGTERM would wait for clients).
    /// </param>
    public static ManagedProcess Start(Command command, Resource resource, ResourceLoggerService logs, int stopSignal) =>
        new(command, resource, logs, stopSignal);

    public async Task StopAsync(TimeSpan gracePeriod)
    {
        StopRequested = true;
        if (Exited.IsCompleted)
        {
            return;
        }

        PosixSignals.Send(ProcessId, _stopSignal);
        if (await Task.WhenAny(Exited, Task.Delay(gracePeriod)) != Exited)
        {
            await _kill.CancelAsync();
        }

        await Exited;
    }

    private async Task<int?> WaitForExitAsync()
    {
        try
        {
            return (await _task).ExitCode;
        }
        catch (OperationCanceledException)
        {
            return null;
        }
    }
}
