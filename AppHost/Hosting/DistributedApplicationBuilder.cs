using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using WhisperAspire.Hosting.ApplicationModel;
using WhisperAspire.Hosting.Dashboard;
using WhisperAspire.Hosting.Orchestration;
using WhisperAspire.Hosting.Testing;

namespace WhisperAspire.Hosting;

/// <summary>
/// Collects the app model (resources and how they depend on each other) on top of the generic host, which brings
/// configuration (appsettings, environment, command line), logging and Ctrl+C / SIGTERM handling.
/// </summary>
public sealed class DistributedApplicationBuilder
{
    private readonly HostApplicationBuilder _host;
    private readonly List<Resource> _resources = [];

    internal DistributedApplicationBuilder(string[] args)
    {
        _host = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = args,
            // appsettings.json is copied next to the AppHost's assembly; the shell's directory may be anywhere.
            ContentRootPath = AppContext.BaseDirectory,
        });
        _host.Logging.ClearProviders();
        _host.Logging.AddConsole(console => console.FormatterName = AppHostConsoleFormatter.FormatterName)
            .AddConsoleFormatter<AppHostConsoleFormatter, Microsoft.Extensions.Logging.Console.ConsoleFormatterOptions>();
        _host.Services.Configure<HostOptions>(options => options.ShutdownTimeout = TimeSpan.FromSeconds(60));
        // Hosted services start in registration order and stop in reverse: the dashboard is listening before the first
        // resource starts exporting, and stops after the last one.
        _host.Services.AddDashboard(_host.Configuration);
        _host.Services.AddOrchestration();
    }

    public IConfigurationManager Configuration => _host.Configuration;

    public IHostEnvironment Environment => _host.Environment;

    public IServiceCollection Services => _host.Services;

    public IReadOnlyList<Resource> Resources => _resources;

    public IResourceBuilder<T> AddResource<T>(T resource) where T : Resource
    {
        if (_resources.Any(r => string.Equals(r.Name, resource.Name, StringComparison.OrdinalIgnoreCase)))
        {
            throw new InvalidOperationException($"A resource named '{resource.Name}' already exists in the app model.");
        }

        _resources.Add(resource);
        return new ResourceBuilder<T>(this, resource);
    }

    public IResourceBuilder<T> CreateResourceBuilder<T>(string name) where T : Resource =>
        new ResourceBuilder<T>(this, _resources.OfType<T>().Single(r => string.Equals(r.Name, name, StringComparison.OrdinalIgnoreCase)));

    public DistributedApplication Build()
    {
        // Under DistributedApplicationTestingBuilder the entry point stops here and hands the builder to the test.
        TestingBuilderCapture.HandOverIfCapturing(this);

        _host.Services.AddSingleton(new DistributedApplicationModel(_resources));
        return new DistributedApplication(_host.Build());
    }
}
