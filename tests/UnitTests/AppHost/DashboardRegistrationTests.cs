using Microsoft.Extensions.DependencyInjection;
using WhisperAspire.Hosting;
using WhisperAspire.Hosting.Dashboard;
using WhisperAspire.Hosting.Orchestration;

namespace WhisperAspire.UnitTests.AppHost;

public sealed class DashboardRegistrationTests
{
    [Fact]
    public void By_default_services_are_told_where_the_dashboard_receives_and_with_which_key()
    {
        var builder = new DistributedApplicationBuilder(["--Dashboard:OtlpGrpcPort=4317"]);

        Assert.Equal("http://localhost:4317", builder.Configuration[ProjectEnvironment.OtlpEndpointSetting]);
        Assert.Matches("^[0-9a-f]{32}$", builder.Configuration[ProjectEnvironment.OtlpApiKeySetting]);
        Assert.Contains(builder.Services, s => s.ImplementationType == typeof(DashboardHost));
    }

    [Fact]
    public void Disabled_means_no_dashboard_and_no_telemetry_settings_for_services()
    {
        var builder = new DistributedApplicationBuilder(["--Dashboard:Enabled=false"]);

        Assert.Null(builder.Configuration[ProjectEnvironment.OtlpEndpointSetting]);
        Assert.Null(builder.Configuration[ProjectEnvironment.OtlpApiKeySetting]);
        Assert.DoesNotContain(builder.Services, s => s.ImplementationType == typeof(DashboardHost));
        Assert.DoesNotContain(builder.Services, s => s.ServiceType == typeof(IReadyAnnouncement));
    }

    [Fact]
    public void A_collector_the_user_configured_wins()
    {
        var builder = new DistributedApplicationBuilder(["--DOTNET_DASHBOARD_OTLP_ENDPOINT_URL=http://collector:4317"]);

        Assert.Equal("http://collector:4317", builder.Configuration[ProjectEnvironment.OtlpEndpointSetting]);
    }
}
