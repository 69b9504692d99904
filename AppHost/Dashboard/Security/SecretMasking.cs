using System.Text.RegularExpressions;

namespace WhisperAspire.Hosting.Dashboard.Security;

/// <summary>Hides secrets in environment variables shown on the Resources page; the rest stays readable.</summary>
public static partial class SecretMasking
{
    public const string Mask = "••••••";

    private static readonly string[] SecretWords = ["PASSWORD", "PWD", "SECRET", "TOKEN", "KEY", "HEADERS"];

    public static string? Value(string name, string? value)
    {
        if (value is null)
        {
            return null;
        }

        // A connection string keeps its host, port and database; only its secret parts go.
        if (name.StartsWith("ConnectionStrings__", StringComparison.OrdinalIgnoreCase))
        {
            return ConnectionStringSecret().Replace(value, match => $"{match.Groups["key"].Value}={Mask}");
        }

        return SecretWords.Any(w => name.Contains(w, StringComparison.OrdinalIgnoreCase)) ? Mask : value;
    }

    [GeneratedRegex("(?<key>[^;=]*(?:password|pwd|secret|token|key)[^;=]*)=(?<value>[^;]*)", RegexOptions.IgnoreCase)]
    private static partial Regex ConnectionStringSecret();
}
