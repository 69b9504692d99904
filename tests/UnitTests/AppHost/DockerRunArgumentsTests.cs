using WhisperAspire.Hosting.Postgres.Container;

namespace WhisperAspire.UnitTests.AppHost;

public sealed class DockerRunArgumentsTests
{
    private readonly IReadOnlyList<string> _arguments = DockerRunArguments.For(5433);

    [Fact]
    public void Runs_postgres_16_4() => Assert.Equal("postgres:16.4", _arguments[^1]);

    [Fact]
    public void Publishes_the_port_on_loopback_only() => Assert.Equal("127.0.0.1:5433:5432", After("--publish"));

    [Fact]
    public void Keeps_data_in_a_named_volume() => Assert.Equal("whisperaspire-postgres-data:/var/lib/postgresql/data", After("--volume"));

    [Fact]
    public void Passes_the_password_by_name_so_it_never_appears_on_a_command_line()
    {
        var environment = _arguments.Select((a, i) => (a, i)).Where(x => x.a == "--env").Select(x => _arguments[x.i + 1]).ToList();

        Assert.Contains("POSTGRES_PASSWORD", environment);
        Assert.Contains("POSTGRES_USER=postgres", environment);
        Assert.DoesNotContain(environment, e => e.StartsWith("POSTGRES_PASSWORD=", StringComparison.Ordinal));
    }

    [Fact]
    public void Uses_a_fixed_container_name_so_a_second_run_finds_the_first()
    {
        Assert.Equal("whisperaspire-postgres", After("--name"));
        Assert.Contains("--rm", _arguments);
    }

    private string After(string flag) => _arguments[_arguments.ToList().IndexOf(flag) + 1];
}
