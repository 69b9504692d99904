using System.Text.RegularExpressions;

namespace WhisperAspire.UnitTests.Schema;

/// <summary>The seeds: "No hardcoded character names in schema or code". The character is chosen at run time.</summary>
public sealed partial class CharacterAgnosticCodeTests
{
    [Fact]
    public void No_source_script_or_setting_names_a_character()
    {
        var root = RepositoryRoot();
        var offenders = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".sql", StringComparison.Ordinal) || f.EndsWith(".json", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !f.EndsWith($"{nameof(CharacterAgnosticCodeTests)}.cs", StringComparison.Ordinal)
                        && !f.EndsWith("CharacterNames.cs", StringComparison.Ordinal))
            .SelectMany(f => Names().Matches(File.ReadAllText(f)).Select(m => $"{Path.GetRelativePath(root, f)}: {m.Value}"))
            .ToList();

        Assert.Empty(offenders);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "WhisperAspire.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("WhisperAspire.sln not found above the test's folder.");
    }

    // The names WhisperEngine's own bots use; a hit means a persona leaked into product code.
    [GeneratedRegex(@"\b(elena|marcus|sophia|jake|ryan|gabriel|aethys|aetheris|dotty|nottaylor)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Names();
}
