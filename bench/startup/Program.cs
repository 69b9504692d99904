using WhisperAspire.Bench.Startup;

// The floor it measures runs initdb and postgres the way the AppHost does on Linux (setpriv as root).
[assembly: System.Runtime.Versioning.SupportedOSPlatform("linux")]

// Startup benchmark: AppHost process start → Api healthy, cold (binaries cached, empty data directory) and warm
// (existing cluster), against the same phases run directly without the AppHost. See bench/README.md.
var runs = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 3;
var bench = new StartupBench(runs);
await bench.RunAsync();
