namespace WhisperAspire.Hosting;

/// <summary>Implemented by the generated <c>Projects.*</c> classes (see ProjectResources.targets).</summary>
public interface IProjectMetadata
{
    string ProjectPath { get; }

    /// <summary>The project's built assembly; the AppHost runs it with <c>dotnet</c>.</summary>
    string AssemblyPath { get; }
}
