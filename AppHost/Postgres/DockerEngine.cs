using System.Diagnostics;

namespace WhisperAspire.AppHost.Postgres;

internal static class DockerEngine
{
    private const string DefaultSocket = "/var/run/docker.sock";

    /// <summary>True when a docker CLI is installed and its engine answers (a client without a daemon does not).</summary>
    public static bool Answers()
    {
        // Without DOCKER_HOST the CLI can only reach the default socket: no socket, no engine, no process to spawn.
        if (Environment.GetEnvironmentVariable("DOCKER_HOST") is null && !File.Exists(DefaultSocket))
        {
            return false;
        }

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
