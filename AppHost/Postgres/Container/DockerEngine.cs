using System.Diagnostics;

namespace WhisperAspire.Hosting.Postgres.Container;

internal static class DockerEngine
{
    /// <summary>True when a docker CLI is installed and its engine answers (a client without a daemon does not).</summary>
    public static bool Answers()
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("docker", ["version", "--format", "{{.Server.Version}}"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            });
            if (process is null)
            {
                return false;
            }

            if (!process.WaitForExit(TimeSpan.FromSeconds(5)))
            {
                process.Kill();
                return false;
            }

            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false; // no docker CLI at all
        }
    }
}
