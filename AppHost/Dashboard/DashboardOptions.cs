namespace WhisperAspire.Hosting.Dashboard;

/// <summary>The "Dashboard" configuration section. Defaults as Aspire's standalone dashboard: UI 18888, OTLP 18889 (gRPC) and 18890 (HTTP).</summary>
public sealed class DashboardOptions
{
    public const string Section = "Dashboard";

    /// <summary>False switches the dashboard off entirely: no listener, no store, no OTLP variables for services.</summary>
    public bool Enabled { get; set; } = true;

    public int Port { get; set; } = 18888;

    public int OtlpGrpcPort { get; set; } = 18889;

    public int OtlpHttpPort { get; set; } = 18890;

    public TelemetryLimits Limits { get; set; } = new();

    /// <summary>How many runs the telemetry archive keeps, this one included.</summary>
    public int RunsKept { get; set; } = 5;

    public string LoginUrl(string token) => $"http://localhost:{Port}/login?t={token}";

    /// <summary>What is wrong with these settings, said with the way out; null when nothing is.</summary>
    public string? Problem()
    {
        (string Name, int Value)[] ports = [("Port", Port), ("OtlpGrpcPort", OtlpGrpcPort), ("OtlpHttpPort", OtlpHttpPort)];
        foreach (var (name, value) in ports)
        {
            if (value is < 1 or > 65535)
            {
                return $"{Section}:{name} is {value}; a port is between 1 and 65535. Set it with --{Section}:{name}=<port>.";
            }
        }

        if (ports.Select(p => p.Value).Distinct().Count() < ports.Length)
        {
            return $"{Section}:Port, {Section}:OtlpGrpcPort and {Section}:OtlpHttpPort must differ (they are {Port}, {OtlpGrpcPort}, {OtlpHttpPort}).";
        }

        if (Limits.MaxSpans < 1 || Limits.MaxLogRecords < 1 || Limits.MaxMetricPoints < 1 || RunsKept < 1)
        {
            return $"{Section}:Limits:MaxSpans, MaxLogRecords, MaxMetricPoints and {Section}:RunsKept must be at least 1.";
        }

        return null;
    }
}

/// <summary>How much of each signal is kept; the oldest item goes first when a limit is reached.</summary>
public sealed class TelemetryLimits
{
    public int MaxSpans { get; set; } = 10_000;

    public int MaxLogRecords { get; set; } = 10_000;

    public int MaxMetricPoints { get; set; } = 10_000;
}
