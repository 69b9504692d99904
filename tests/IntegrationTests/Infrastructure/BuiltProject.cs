using System.Reflection;

namespace WhisperAspire.IntegrationTests.Infrastructure;

/// <summary>Where a project of the solution put its build, in the configuration these tests were built in.</summary>
internal static class BuiltProject
{
    private static readonly string Configuration =
        typeof(BuiltProject).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";

    public static string Folder(IProjectMetadata project) =>
        Path.Combine(Path.GetDirectoryName(project.ProjectPath)!, "bin", Configuration, "net10.0");

    /// <summary>The project's main assembly, to run with dotnet as the AppHost runs it.</summary>
    public static string Assembly(IProjectMetadata project) =>
        Path.Combine(Folder(project), Path.GetFileNameWithoutExtension(project.ProjectPath) + ".dll");
}
