using Microsoft.AspNetCore.Components;

namespace WhisperAspire.Hosting.Dashboard.Components.Shared;

/// <summary>
/// A page that renders again when its data changed, checked four times a second: under heavy ingestion a page
/// re-renders at most that often, and between changes it costs one comparison.
/// </summary>
public abstract class LiveComponent : ComponentBase, IDisposable
{
    public static readonly TimeSpan RefreshInterval = TimeSpan.FromMilliseconds(250);
    private readonly CancellationTokenSource _disposed = new();
    private long _renderedVersion;

    /// <summary>Anything that changes when what the page shows changed.</summary>
    protected abstract long DataVersion { get; }

    /// <summary>For a page whose source cannot say it changed: fetch again here (it runs before every check).</summary>
    protected virtual Task PollAsync() => Task.CompletedTask;

    protected override void OnAfterRender(bool firstRender)
    {
        // Only once interactive: a prerendered page has no circuit to push updates through.
        if (firstRender)
        {
            _renderedVersion = DataVersion;
            _ = RefreshAsync(_disposed.Token);
        }
    }

    public void Dispose()
    {
        _disposed.Cancel();
        _disposed.Dispose();
        GC.SuppressFinalize(this);
    }

    private async Task RefreshAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(RefreshInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                await PollAsync();
                var version = DataVersion;
                if (version != _renderedVersion)
                {
                    _renderedVersion = version;
                    await InvokeAsync(StateHasChanged);
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }
}
