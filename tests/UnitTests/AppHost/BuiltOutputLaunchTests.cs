using WhisperAspire.AppHost.Lifecycle;

namespace WhisperAspire.UnitTests.AppHost;

/// <summary>Which executable the AppHost starts for a project: the launcher its build left, or nothing (then Aspire's dotnet run).</summary>
public sealed class BuiltOutputLaunchTests
{
    [Fact]
    public void A_service_of_the_AppHost_starts_from_the_launcher_beside_its_built_assembly()
    {
        var project = new Projects.Api().ProjectPath;

        var launcher = BuiltOutputLaunchExtensions.BuiltLauncher(project);

        Assert.NotNull(launcher);
        Assert.Equal(Path.Combine(Path.GetDirectoryName(project)!, "bin"), Path.GetFullPath(Path.Combine(launcher, "..", "..", "..")));
        Assert.True(File.Exists(Path.ChangeExtension(launcher, ".dll")));
    }

    [Fact]
    public void A_project_the_AppHost_build_did_not_record_keeps_Aspires_own_launch()
    {
        var stranger = Path.Combine(Path.GetTempPath(), "not-a-service", "Stranger.csproj");

        Assert.Null(BuiltOutputLaunchExtensions.BuiltLauncher(stranger));
    }
}
