using Bunit;
using WhisperAspire.DashboardTests.Infrastructure;
using WhisperAspire.Hosting.ApplicationModel;
using WhisperAspire.Hosting.Dashboard.Components.Pages;
using WhisperAspire.Hosting.Dashboard.Security;

namespace WhisperAspire.DashboardTests.Components;

public sealed class ResourcesPageTests : IDisposable
{
    private readonly DashboardComponentContext _context = new();

    [Fact]
    public void Shows_every_resource_with_state_exit_code_and_endpoint_links()
    {
        _context.Notifications.Publish(_context.Api, s => s with { State = ResourceState.Running, Urls = ["http://127.0.0.1:5999"] });
        _context.Notifications.Publish(DashboardComponentContext.Migrations, s => s with { State = ResourceState.Finished, ExitCode = 0 });

        var page = _context.Render<Resources>();

        Assert.Equal(["whisperengine", "migrations", "api"], page.FindAll("tr[data-resource]").Select(r => r.GetAttribute("data-resource")));
        var api = page.Find("tr[data-resource=api]");
        Assert.Contains("Running", api.QuerySelector(".state")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("http://127.0.0.1:5999", api.QuerySelector("a[target=_blank]")!.GetAttribute("href"));
        Assert.Contains("0", page.Find("tr[data-resource=migrations]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Masks_secrets_in_the_environment()
    {
        _context.Notifications.Publish(_context.Api, s => s with
        {
            State = ResourceState.Running,
            Environment = new Dictionary<string, string?>
            {
                ["ConnectionStrings__whisperengine"] = "Host=127.0.0.1;Password=hunter2",
                ["OTEL_EXPORTER_OTLP_HEADERS"] = "x-otlp-api-key=abc123",
                ["OTEL_SERVICE_NAME"] = "api",
            },
        });

        var environment = _context.Render<Resources>().Find("table.environment").TextContent;

        Assert.DoesNotContain("hunter2", environment, StringComparison.Ordinal);
        Assert.DoesNotContain("abc123", environment, StringComparison.Ordinal);
        Assert.Contains(SecretMasking.Mask, environment, StringComparison.Ordinal);
        Assert.Contains("Host=127.0.0.1", environment, StringComparison.Ordinal);
        Assert.Contains("OTEL_SERVICE_NAME", environment, StringComparison.Ordinal);
    }

    [Fact]
    public void Updates_without_a_reload_when_a_state_changes()
    {
        var page = _context.Render<Resources>();

        _context.Notifications.Publish(_context.Api, s => s with { State = ResourceState.Exited, ExitCode = 137 });

        page.WaitForAssertion(() => Assert.Contains("Exited", page.Find("tr[data-resource=api] .state").TextContent, StringComparison.Ordinal),
            TimeSpan.FromSeconds(2));
    }

    [Fact]
    public void Stop_goes_to_the_runner_and_only_running_projects_can_be_stopped()
    {
        _context.Runner.Notifications = _context.Notifications;
        _context.Notifications.Publish(_context.Api, s => s with { State = ResourceState.Running });
        _context.Notifications.Publish(DashboardComponentContext.Migrations, s => s with { State = ResourceState.Finished, ExitCode = 0 });
        var page = _context.Render<Resources>();

        Assert.True(page.Find("tr[data-resource=migrations] fluent-button[title='Stop migrations']").HasAttribute("disabled"));
        page.Find("tr[data-resource=api] fluent-button[title='Stop api']").Click();

        page.WaitForAssertion(() => Assert.Equal(["stop api"], _context.Runner.Commands));
        page.WaitForAssertion(() => Assert.Contains("Finished", page.Find("tr[data-resource=api] .state").TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public void Before_the_circuit_connects_no_action_is_offered()
    {
        _context.Renderer.SetRendererInfo(new Microsoft.AspNetCore.Components.RendererInfo("Static", isInteractive: false));
        _context.Notifications.Publish(_context.Api, s => s with { State = ResourceState.Running });

        var page = _context.Render<Resources>();

        Assert.All(page.FindAll("tr[data-resource=api] fluent-button"), button => Assert.True(button.HasAttribute("disabled")));
    }

    public void Dispose() => _context.Dispose();
}
