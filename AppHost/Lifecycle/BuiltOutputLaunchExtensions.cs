using System.Reflection;
using System.Runtime.InteropServices;

namespace WhisperAspire.AppHost.Lifecycle;

public static class BuiltOutputLaunchExtensions
{
    /// <summary>The prefix of the assembly metadata AppHost.csproj writes for each service: its project file → its built assembly.</summary>
    private const string MetadataPrefix = "ServiceOutput:";

    /// <summary>
    /// Starts the project's built executable (bin/&lt;configuration&gt;/…/&lt;name&gt;) instead of
    /// <c>dotnet run --no-build</c>. <c>dotnet run</c> evaluates the project with MSBuild on every start before it
    /// starts the service: 1–2 s and about 1.5 s of CPU per service on two cores, and the services start one after the
    /// other. The resource stays a project resource (the dashboard's project view, WithReference, launch profile, the
    /// IDE's own launch when one debugs it): Aspire launches a project that carries an <see cref="ExecutableAnnotation"/>
    /// with that command, in the same working directory (the project folder, so the content root and appsettings.json
    /// are the ones <c>dotnet run</c> used). A stop's SIGTERM now reaches the service itself, which <c>dotnet run</c> did
    /// not pass on (<see cref="GracefulShutdownExtensions"/> says when it is sent). The AppHost's build records where
    /// each service's build put it (AppHost.csproj); when that file is missing (a service not built in this
    /// configuration) the project runs through <c>dotnet run</c> as Aspire does by default.
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithBuiltOutputLaunch(this IResourceBuilder<ProjectResource> project)
    {
        var projectPath = project.Resource.GetProjectMetadata().ProjectPath;
        if (BuiltLauncher(projectPath) is not { } launcher)
        {
            return project;
        }

        project.WithAnnotation(new ExecutableAnnotation { Command = launcher, WorkingDirectory = Path.GetDirectoryName(projectPath)! });

        // What dotnet run sets for the service: where the .NET runtime is, for a launcher that would not find it by itself
        // (an SDK installed in a folder of one's own and only put on PATH).
        return Environment.GetEnvironmentVariable("DOTNET_ROOT") is null
            ? project.WithEnvironment("DOTNET_ROOT", DotnetRoot())
            : project;
    }

    /// <summary>The native launcher beside the service's built assembly, when the build left both there.</summary>
    internal static string? BuiltLauncher(string projectPath)
    {
        var assembly = typeof(BuiltOutputLaunchExtensions).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == MetadataPrefix + Path.GetFullPath(projectPath))?.Value;
        if (assembly is null || !File.Exists(assembly))
        {
            return null;
        }

        var launcher = Path.ChangeExtension(assembly, OperatingSystem.IsWindows() ? ".exe" : null);
        return File.Exists(launcher) ? launcher : null;
    }

    // The runtime directory is <root>/shared/Microsoft.NETCore.App/<version>/.
    private static string DotnetRoot() =>
        Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));
}
