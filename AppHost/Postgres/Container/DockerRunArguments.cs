using System.Globalization;

namespace WhisperAspire.Hosting.Postgres.Container;

/// <summary>
/// The docker run command line for the container provider. The password is passed by name (-e POSTGRES_PASSWORD)
/// and read from the docker CLI's environment, so it never shows in a process listing.
/// </summary>
public static class DockerRunArguments
{
    public const string Image = "postgres:16.4";
    public const string ContainerName = "whisperaspire-postgres";
    public const string VolumeName = "whisperaspire-postgres-data";
    public const string PasswordVariable = "POSTGRES_PASSWORD";

    public static IReadOnlyList<string> For(int hostPort) =>
    [
        "run", "--rm", "--name", ContainerName,
        // Bound to loopback on the host, as the embedded server is.
        "--publish", string.Create(CultureInfo.InvariantCulture, $"127.0.0.1:{hostPort}:5432"),
        "--volume", $"{VolumeName}:/var/lib/postgresql/data",
        "--env", PasswordVariable,
        "--env", "POSTGRES_USER=" + PostgresServerResource.UserName,
        Image,
    ];
}
