using System.Text.RegularExpressions;

namespace WhisperAspire.IntegrationTests.Infrastructure;

/// <summary>The seeds forbid hard-coded character names in schema or code; these are the names WhisperEngine's bots use.</summary>
public static partial class CharacterNames
{
    public static IReadOnlyList<string> FoundIn(string text) =>
        [.. Names().Matches(text).Select(m => m.Value.ToLowerInvariant()).Distinct()];

    [GeneratedRegex(@"\b(elena|marcus|sophia|jake|ryan|gabriel|aethys|aetheris|dotty|nottaylor)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Names();
}
