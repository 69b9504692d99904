using WhisperAspire.AppHost.Postgres;

namespace WhisperAspire.UnitTests.AppHost;

[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class PasswordStoreTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("password-store-").FullName;

    private string PasswordFile => Path.Combine(_folder, "secrets", "postgres-password");

    [Fact]
    public void Generates_a_long_random_password_once_and_keeps_it()
    {
        var first = PasswordStore.GetOrCreate(PasswordFile);
        var second = PasswordStore.GetOrCreate(PasswordFile);

        Assert.Equal(first, second);
        Assert.Equal(32, first.Length);
        Assert.Matches("^[A-Za-z0-9]+$", first);
        Assert.NotEqual(first, PasswordStore.GetOrCreate(Path.Combine(_folder, "other", "password")));
    }

    [Fact]
    public void Only_its_owner_can_read_it()
    {
        PasswordStore.GetOrCreate(PasswordFile);

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(PasswordFile));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(Path.GetDirectoryName(PasswordFile)!));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
