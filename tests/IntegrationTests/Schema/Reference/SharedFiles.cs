namespace WhisperAspire.IntegrationTests.Schema.Reference;

/// <summary>
/// The documents the schema is held against: ../shared (seeds, production's catalog) beside the repository, and the
/// repository's docs/schema.md. Found by walking up from the test binaries, as CI and developers lay them out.
/// </summary>
public static class SharedFiles
{
    public static string ProductionCatalogJson => Path.Combine(Above(Path.Combine("shared", "reference")), "production-catalog.json");

    public static string SeedSchema => Directory.EnumerateFiles(Above(Path.Combine("shared", "seeds")), "000_*.txt").Single();

    public static string SchemaDocument => Path.Combine(Path.GetDirectoryName(Above("WhisperAspire.sln", file: true))!, "docs", "schema.md");

    private static string Above(string relative, bool file = false)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relative);
            if (file ? File.Exists(candidate) : Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException(
            $"{relative} was not found above {AppContext.BaseDirectory}: clone the repository next to the shared/ folder.");
    }
}
