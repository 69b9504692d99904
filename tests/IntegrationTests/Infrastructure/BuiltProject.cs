using System.Reflection;

namespace WhisperAspire.IntegrationTests.Infrastructure;

/// <summary>Where a project of the solution put its build, in the configuration these tests were built in.</summary>
internal static class BuiltProject
{
    private static readonly string Configuration =
        typeof(BuiltProject).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";

    /// <summary>The AppHost's native launcher, what dotnet run --project AppHost starts.</summary>
    public static string AppHost => Path.Combine(Projects.AppHost.ProjectPath, "bin", Configuration, "net10.0", "AppHost");

    /// <summary>A service project's main assembly, to run with dotnet.</summary>
    public static string Assembly(IProjectMetadata project) =>
        Path.Combine(Path.GetDirectoryName(project.ProjectPath)!, "bin", Configuration, "net10.0", Path.GetFileNameWithoutExtension(project.ProjectPath) + ".dll");
}
