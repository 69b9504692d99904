using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;

namespace WhisperAspire.UnitTests.AppHost;

/// <summary>The graph that AppHost/Program.cs declares, built with the real Aspire types and read without starting anything.</summary>
public sealed class AppModelTests : IDisposable
{
    private readonly string _state = Directory.CreateTempSubdirectory("app-model-").FullName;

    [Fact]
    public async Task Without_a_container_runtime_postgres_is_the_embedded_server_and_the_services_wait_in_order()
    {
        await using var builder = await CreateAsync("--Postgres:Provider=embedded");
        var postgres = Single<EmbeddedPostgresServerResource>(builder, "postgres");
        var database = Single<EmbeddedPostgresDatabaseResource>(builder, "whisperengine");
        var migrations = Single<ProjectResource>(builder, "migrations");
        var api = Single<ProjectResource>(builder, "api");

        var endpoint = Assert.Single(postgres.Annotations.OfType<EndpointAnnotation>());
        Assert.Equal((5433, 5433, false), (endpoint.Port, endpoint.TargetPort, endpoint.IsProxied));
        Assert.Same(postgres, database.Parent);
        Assert.Equal("whisperengine", database.DatabaseName);
        Assert.Contains(migrations.Annotations.OfType<WaitAnnotation>(), w => w.Resource == database && w.WaitType == WaitType.WaitUntilHealthy);
        Assert.Contains(api.Annotations.OfType<WaitAnnotation>(), w => w.Resource == migrations && w.WaitType == WaitType.WaitForCompletion);
        Assert.NotEmpty(api.Annotations.OfType<HealthCheckAnnotation>());
        Assert.NotEmpty(database.Annotations.OfType<HealthCheckAnnotation>());
        Assert.Empty(migrations.Annotations.OfType<EndpointAnnotation>());
    }

    [Fact]
    public async Task The_embedded_connection_string_names_loopback_the_user_and_the_database_and_takes_the_password_parameter()
    {
        await using var builder = await CreateAsync("--Postgres:Provider=embedded", "--Postgres:Password=s3cret-value");
        var postgres = Single<EmbeddedPostgresServerResource>(builder, "postgres");
        var database = Single<EmbeddedPostgresDatabaseResource>(builder, "whisperengine");

        Assert.StartsWith("Host=127.0.0.1;Port=", postgres.ConnectionStringExpression.ValueExpression, StringComparison.Ordinal);
        Assert.Contains(";Username=postgres;Password={postgres-password.value}", postgres.ConnectionStringExpression.ValueExpression, StringComparison.Ordinal);
        Assert.EndsWith(";Database=whisperengine", database.ConnectionStringExpression.ValueExpression, StringComparison.Ordinal);
        Assert.Equal("s3cret-value", await postgres.PasswordParameter.GetValueAsync(TestContext.Current.CancellationToken));
        Assert.True(postgres.PasswordParameter.Secret);
    }

    [Fact]
    public async Task The_container_path_is_aspires_own_postgres_16_4_on_5433_with_a_data_volume_and_the_same_password()
    {
        await using var builder = await CreateAsync("--Postgres:Provider=container");
        var postgres = Single<PostgresServerResource>(builder, "postgres");
        var database = Single<PostgresDatabaseResource>(builder, "whisperengine");

        var image = Assert.Single(postgres.Annotations.OfType<ContainerImageAnnotation>());
        Assert.Equal("16.4", image.Tag);
        Assert.EndsWith("postgres", image.Image, StringComparison.Ordinal);
        Assert.Equal(5433, Assert.Single(postgres.Annotations.OfType<EndpointAnnotation>()).Port);
        var volume = Assert.Single(postgres.Annotations.OfType<ContainerMountAnnotation>());
        Assert.Equal(("whisperaspire-postgres-data", ContainerMountType.Volume), (volume.Source, volume.Type));
        Assert.Equal("postgres-password", postgres.PasswordParameter.Name);
        Assert.Same(postgres, database.Parent);
        Assert.Equal("whisperengine", database.DatabaseName);
    }

    [Fact]
    public async Task Ports_come_from_configuration_before_code_and_launch_profiles()
    {
        await using var builder = await CreateAsync("--Postgres:Provider=embedded", "--Postgres:Port=6543", "--Api:Port=6080");

        Assert.Equal(6543, Assert.Single(Single<EmbeddedPostgresServerResource>(builder, "postgres").Annotations.OfType<EndpointAnnotation>()).Port);
        Assert.Equal(6080, Single<ProjectResource>(builder, "api").Annotations.OfType<EndpointAnnotation>().Single(e => e.Name == "http").Port);
    }

    [Fact]
    public async Task The_services_start_from_their_build_output_in_their_project_folders_not_through_dotnet_run()
    {
        await using var builder = await CreateAsync("--Postgres:Provider=embedded");

        foreach (var name in new[] { "migrations", "api" })
        {
            var project = Single<ProjectResource>(builder, name);
            var folder = Path.GetDirectoryName(project.GetProjectMetadata().ProjectPath)!;
            var executable = Assert.Single(project.Annotations.OfType<ExecutableAnnotation>());

            Assert.Equal(folder, executable.WorkingDirectory);
            Assert.StartsWith(Path.Combine(folder, "bin") + Path.DirectorySeparatorChar, executable.Command, StringComparison.Ordinal);
            Assert.Equal(Path.GetFileNameWithoutExtension(project.GetProjectMetadata().ProjectPath), Path.GetFileName(executable.Command));
            Assert.True(File.Exists(executable.Command), $"{executable.Command} is not there");
        }
    }

    [Fact]
    public async Task Without_a_configured_password_one_is_generated_into_the_state_folder()
    {
        await using var builder = await CreateAsync("--Postgres:Provider=embedded");
        var postgres = Single<EmbeddedPostgresServerResource>(builder, "postgres");

        var password = await postgres.PasswordParameter.GetValueAsync(TestContext.Current.CancellationToken);
        var stored = await File.ReadAllTextAsync(Path.Combine(_state, "secrets", "postgres-password"), TestContext.Current.CancellationToken);

        Assert.Equal(stored, password);
        Assert.Equal(32, password!.Length);
        Assert.Equal(Path.Combine(_state, "postgres-16"), postgres.Settings.DataDirectory);
    }

    public void Dispose() => Directory.Delete(_state, recursive: true);

    private async Task<AppModel> CreateAsync(params string[] args) =>
        new(await DistributedApplicationTestingBuilder.CreateAsync<Projects.AppHost>([$"--AppHost:StateDirectory={_state}", .. args], TestContext.Current.CancellationToken));

    private static T Single<T>(AppModel model, string name) where T : IResource =>
        Assert.IsType<T>(Assert.Single(model.Builder.Resources, r => r.Name == name));

    /// <summary>
    /// The AppHost's graph, read before anything runs. Disposing an unbuilt testing builder lets the AppHost's own
    /// entry point go on to build and run the application in the background, after this test has deleted its folder
    /// (a cluster was left in /tmp per test). Building it here hands that run to the factory, whose disposal stops it
    /// and waits for the entry point to return: whatever it started has ended before the folder is deleted.
    /// </summary>
    private sealed class AppModel(IDistributedApplicationTestingBuilder builder) : IAsyncDisposable
    {
        public IDistributedApplicationTestingBuilder Builder { get; } = builder;

        public async ValueTask DisposeAsync()
        {
            await using var app = await Builder.BuildAsync(TestContext.Current.CancellationToken);
            await Builder.DisposeAsync();
        }
    }
}
