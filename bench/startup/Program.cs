using System.Globalization;
using WhisperAspire.Bench;
using WhisperAspire.Bench.Startup;

// The AppHost runs PostgreSQL the Linux way (setpriv as root); the floor does the same, and /proc shows the processes.
[assembly: System.Runtime.Versioning.SupportedOSPlatform("linux")]

// Startup benchmark: the real AppHost (DCP, dashboard, embedded PostgreSQL, migrations, Api) from process start to the
// Api healthy, cold and warm, then SIGTERM until every child is gone; against the same phases run directly, alternately
// in the same run. Prints figures, asserts nothing. See bench/README.md.
// Arguments: runs per mode (3), then optionally the kinds to run (apphost, dotnet-run, testing, direct; all by default).
var runs = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 3;
var kinds = args.Skip(1).Select(kind => kind.Replace('-', ' ')).ToHashSet();
await new StartupBench(RepositoryLayout.Find(), runs, kinds).RunAsync();
