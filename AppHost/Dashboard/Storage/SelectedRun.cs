namespace WhisperAspire.Hosting.Dashboard.Storage;

/// <summary>Which run the telemetry pages of one browser tab show: this one (live) or an archived one (as it was).</summary>
public sealed class SelectedRun(TelemetryStore live, TelemetryArchive archive, TelemetryArchiveWriter writer, DashboardOptions options)
{
    private TelemetryStore? _archivedStore;

    public TelemetryStore Store => _archivedStore ?? live;

    /// <summary>Null while showing the live run.</summary>
    public ArchivedRun? Archived { get; private set; }

    public event Action? Changed;

    /// <summary>Changes with the selection and with every batch the selected store takes, for <c>LiveComponent</c>.</summary>
    public long Version => HashCode.Combine(Store, Store.Version);

    public long LiveRunId => writer.RunId;

    public IReadOnlyList<ArchivedRun> Runs() => archive.Runs();

    public void Select(long runId)
    {
        var run = runId == writer.RunId ? null : archive.Runs().FirstOrDefault(r => r.Id == runId);
        Archived = run;
        _archivedStore = run is null ? null : archive.Load(run.Id, options.Limits);
        Changed?.Invoke();
    }
}
