using WhisperAspire.Hosting;
using WhisperAspire.Hosting.ApplicationModel;
using WhisperAspire.Hosting.Postgres;
using WhisperAspire.Hosting.Testing;

namespace WhisperAspire.UnitTests.AppHost;

/// <summary>The graph that AppHost/Program.cs declares, read without starting anything.</summary>
public sealed class AppModelTests : IDisposable
{
    private readonly string _state = Directory.CreateTempSubdirectory("app-model-").FullName;

    [Fact]
    public async Task Declares_postgres_the_database_migrations_and_api_with_their_waits()
    {
        var builder = await CreateAsync();
        var postgres = Single<PostgresServerResource>(builder, "postgres");
        var database = Single<PostgresDatabaseResource>(builder, "whisperengine");
        var migrations = Single<ProjectResource>(builder, "migrations");
        var api = Single<ProjectResource>(builder, "api");

        Assert.Equal(PostgresOptions.DefaultPort, postgres.Port);
        Assert.Same(postgres, database.Server);
        Assert.Equal([new WaitAnnotation(database, WaitType.UntilHealthy)], migrations.Waits);
        Assert.Equal([new WaitAnnotation(migrations, WaitType.UntilCompleted)], api.Waits);
        Assert.Equal([database], migrations.References);
        Assert.Equal([database], api.References);
        Assert.Equal("/health", api.HealthCheckPath);
        Assert.Null(migrations.Endpoint);
    }

    [Fact]
    public async Task Ports_come_from_configuration_before_code_and_launch_profiles()
    {
        var builder = await CreateAsync("--Postgres:Port=6543", "--Api:Port=6080");

        Assert.Equal(6543, Single<PostgresServerResource>(builder, "postgres").Port);
        Assert.Equal("http://127.0.0.1:6080", Single<ProjectResource>(builder, "api").Endpoint!.Url);
    }

    [Fact]
    public async Task The_api_listens_where_its_launch_profile_says_by_default()
    {
        var builder = await CreateAsync();

        Assert.Equal("http://127.0.0.1:5080", Single<ProjectResource>(builder, "api").Endpoint!.Url);
    }

    [Fact]
    public async Task Connection_strings_point_at_loopback_and_the_database_without_showing_the_password_in_descriptions()
    {
        var builder = await CreateAsync("--Postgres:Password=s3cret-value");
        var database = Single<PostgresDatabaseResource>(builder, "whisperengine");

        Assert.Equal("Host=127.0.0.1;Port=5433;Username=postgres;Password=s3cret-value;Database=whisperengine", database.GetConnectionString());
        Assert.DoesNotContain("s3cret-value", database.Describe(), StringComparison.Ordinal);
        Assert.Contains("from postgres:Password", database.Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_configured_password_one_is_generated_into_the_state_folder()
    {
        var builder = await CreateAsync();
        var database = Single<PostgresDatabaseResource>(builder, "whisperengine");
        var stored = await File.ReadAllTextAsync(Path.Combine(_state, "secrets", "postgres-password"), TestContext.Current.CancellationToken);

        Assert.Contains($"Password={stored}", database.GetConnectionString(), StringComparison.Ordinal);
        Assert.Equal(Path.Combine(_state, "postgres-16"), database.Server.Options.DataDirectory);
    }

    public void Dispose() => Directory.Delete(_state, recursive: true);

    private Task<DistributedApplicationBuilder> CreateAsync(params string[] args) =>
        DistributedApplicationTestingBuilder.CreateAsync(typeof(DistributedApplication).Assembly, [$"--AppHost:StateDirectory={_state}", .. args], TestContext.Current.CancellationToken);

    private static T Single<T>(DistributedApplicationBuilder builder, string name) where T : Resource =>
        Assert.IsType<T>(Assert.Single(builder.Resources, r => r.Name == name));
}
