using CliWrap;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using WhisperAspire.Hosting.ApplicationModel;

namespace WhisperAspire.Hosting.Orchestration;

/// <summary>Runs a project from its build output with Aspire's environment conventions, and watches its health.</summary>
internal sealed class ProjectRunner(
    ResourceNotificationService notifications,
    ResourceLoggerService logs,
    IHostEnvironment environment,
    IConfiguration configuration,
    HttpHealthProbe healthProbe,
    IEnumerable<IProjectStartGate> startGates,
    TimeProvider time,
    ILogger<ProjectRunner> logger) : IResourceRunner
{
    private static readonly TimeSpan StopGracePeriod = TimeSpan.FromSeconds(10);
    private readonly Dictionary<Resource, ManagedProcess> _processes = [];

    public bool CanRun(Resource resource) => resource is ProjectResource;

    public async Task StartAsync(Resource resource, CancellationToken cancellationToken)
    {
        var project = (ProjectResource)resource;
        await Task.WhenAll(startGates.Select(gate => gate.WaitAsync(cancellationToken)));
        if (!File.Exists(project.Metadata.AssemblyPath))
        {
            throw new ResourceStartException(
                $"{project.Name}: {project.Metadata.AssemblyPath} does not exist. Build the solution first (dotnet build), " +
                "or start the AppHost with dotnet run --project AppHost, which builds what it runs.");
        }

        var variables = ProjectEnvironment.For(project, environment, configuration);
        var command = Cli.Wrap(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
            .WithArguments([project.Metadata.AssemblyPath])
            .WithWorkingDirectory(Path.GetDirectoryName(project.Metadata.ProjectPath)!)
            .WithEnvironmentVariables(variables);

        var process = ManagedProcess.Start(command, project, logs, PosixSignals.SigTerm);
        lock (_processes)
        {
            _processes[project] = process;
        }

        notifications.Publish(project, s => s with
        {
            State = ResourceState.Running,
            Health = project.HealthCheckPath is null ? null : HealthStatus.Unhealthy,
            ProcessId = process.ProcessId,
            StartedAt = time.GetUtcNow(),
            Urls = project.Endpoint is null ? [] : [project.Endpoint.Url],
            Environment = variables,
        });

        if (project.HealthCheckPath is not null)
        {
            _ = healthProbe.MonitorAsync(project, new Uri(project.Endpoint!.Url + project.HealthCheckPath), process.Exited);
        }

        _ = ReportExitAsync(project, process);
    }

    public async Task StopAsync(Resource resource, CancellationToken cancellationToken)
    {
        ManagedProcess? process;
        lock (_processes)
        {
            _processes.TryGetValue(resource, out process);
        }

        if (process is not null)
        {
            await process.StopAsync(StopGracePeriod);
        }
    }

    private async Task ReportExitAsync(ProjectResource project, ManagedProcess process)
    {
        var exitCode = await process.Exited;
        var state = exitCode == 0 ? ResourceState.Finished : ResourceState.Exited;
        notifications.Publish(project, s => s with { State = state, ExitCode = exitCode, StoppedAt = time.GetUtcNow(), Health = null });

        if (!process.StopRequested && exitCode != 0)
        {
            var outcome = exitCode is null ? "was killed" : $"exited with code {exitCode}";
            logger.LogError("{Resource} {Outcome}. Last output:{NewLine}  {Tail}", project.Name, outcome, Environment.NewLine,
                string.Join(Environment.NewLine + "  ", logs.Tail(project, 20)));
        }
    }
}
