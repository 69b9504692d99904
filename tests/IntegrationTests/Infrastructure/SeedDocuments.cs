namespace WhisperAspire.IntegrationTests.Infrastructure;

/// <summary>The seed documents that specify the schema: ../shared/seeds beside the repository, as CI and developers have it.</summary>
public static class SeedDocuments
{
    public static string Schema => Directory.EnumerateFiles(Folder, "000_*.txt").Single();

    private static string Folder
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                var seeds = Path.Combine(dir.FullName, "shared", "seeds");
                if (Directory.Exists(seeds))
                {
                    return seeds;
                }
            }

            throw new DirectoryNotFoundException(
                "The seed documents were not found: clone the repository next to the shared/ folder (../shared/seeds).");
        }
    }
}
