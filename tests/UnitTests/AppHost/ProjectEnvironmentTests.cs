using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using WhisperAspire.Hosting;
using WhisperAspire.Hosting.ApplicationModel;
using WhisperAspire.Hosting.Orchestration;

namespace WhisperAspire.UnitTests.AppHost;

public sealed class ProjectEnvironmentTests
{
    private static readonly IHostEnvironment Development = new HostingEnvironment { EnvironmentName = "Development" };

    [Fact]
    public void Passes_connection_strings_the_way_Aspire_does()
    {
        var project = Project(new FakeConnection("whisperengine", "Host=127.0.0.1;Port=5433"));

        var environment = ProjectEnvironment.For(project, Development, Configuration());

        Assert.Equal("Host=127.0.0.1;Port=5433", environment["ConnectionStrings__whisperengine"]);
        Assert.Equal("Development", environment["DOTNET_ENVIRONMENT"]);
        Assert.Equal("Development", environment["ASPNETCORE_ENVIRONMENT"]);
    }

    [Fact]
    public void Binds_http_projects_to_loopback_and_clears_inherited_urls_for_the_rest()
    {
        var web = Project();
        web.Endpoint = new HttpEndpoint(5080);

        Assert.Equal("http://127.0.0.1:5080", ProjectEnvironment.For(web, Development, Configuration())["ASPNETCORE_URLS"]);
        Assert.Null(ProjectEnvironment.For(Project(), Development, Configuration())["ASPNETCORE_URLS"]);
    }

    [Fact]
    public void Sets_OpenTelemetry_variables_only_when_a_collector_is_configured()
    {
        Assert.DoesNotContain(ProjectEnvironment.For(Project(), Development, Configuration()).Keys, k => k.StartsWith("OTEL_", StringComparison.Ordinal));

        var environment = ProjectEnvironment.For(Project(), Development,
            Configuration(("DOTNET_DASHBOARD_OTLP_ENDPOINT_URL", "http://localhost:18889")));

        Assert.Equal("http://localhost:18889", environment["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        Assert.Equal("grpc", environment["OTEL_EXPORTER_OTLP_PROTOCOL"]);
        Assert.Equal("api", environment["OTEL_SERVICE_NAME"]);
        Assert.StartsWith("service.instance.id=", environment["OTEL_RESOURCE_ATTRIBUTES"], StringComparison.Ordinal);
        Assert.Equal("1000", environment["OTEL_BSP_SCHEDULE_DELAY"]);
        Assert.Equal("1000", environment["OTEL_BLRP_SCHEDULE_DELAY"]);
        Assert.Equal("1000", environment["OTEL_METRIC_EXPORT_INTERVAL"]);
        Assert.Equal("always_on", environment["OTEL_TRACES_SAMPLER"]);
        Assert.False(environment.ContainsKey("OTEL_EXPORTER_OTLP_HEADERS"));
    }

    [Fact]
    public void Passes_the_dashboard_api_key_as_an_OTLP_header()
    {
        var environment = ProjectEnvironment.For(Project(), Development,
            Configuration(("DOTNET_DASHBOARD_OTLP_ENDPOINT_URL", "http://localhost:18889"), ("AppHost:OtlpApiKey", "k3y")));

        Assert.Equal("x-otlp-api-key=k3y", environment["OTEL_EXPORTER_OTLP_HEADERS"]);
    }

    [Fact]
    public void Every_start_is_a_new_service_instance()
    {
        var configuration = Configuration(("DOTNET_DASHBOARD_OTLP_ENDPOINT_URL", "http://localhost:18889"));

        Assert.NotEqual(
            ProjectEnvironment.For(Project(), Development, configuration)["OTEL_RESOURCE_ATTRIBUTES"],
            ProjectEnvironment.For(Project(), Development, configuration)["OTEL_RESOURCE_ATTRIBUTES"]);
    }

    [Fact]
    public void Explicit_environment_wins_over_what_references_set()
    {
        var project = Project(new FakeConnection("whisperengine", "from-reference"));
        project.Environment["ConnectionStrings__whisperengine"] = () => "explicit";

        Assert.Equal("explicit", ProjectEnvironment.For(project, Development, Configuration())["ConnectionStrings__whisperengine"]);
    }

    private static ProjectResource Project(params IResourceWithConnectionString[] references)
    {
        var project = new ProjectResource("api", new FakeProject());
        project.References.AddRange(references);
        return project;
    }

    private static IConfiguration Configuration(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => KeyValuePair.Create(v.Key, (string?)v.Value))).Build();

    private sealed record FakeConnection(string Name, string ConnectionString) : IResourceWithConnectionString
    {
        public string GetConnectionString() => ConnectionString;
    }

    private sealed class FakeProject : IProjectMetadata
    {
        public string ProjectPath => "/src/Api/Api.csproj";

        public string AssemblyPath => "/src/Api/bin/Api.dll";
    }
}
