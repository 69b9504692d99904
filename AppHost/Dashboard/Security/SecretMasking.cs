using System.Data.Common;

namespace WhisperAspire.Hosting.Dashboard.Security;

/// <summary>Hides secrets in environment variables shown on the Resources page; the rest stays readable.</summary>
public static class SecretMasking
{
    public const string Mask = "••••••";

    private static readonly string[] SecretWords = ["PASSWORD", "SECRET", "TOKEN", "KEY", "HEADERS"];

    public static string? Value(string name, string? value)
    {
        if (value is null)
        {
            return null;
        }

        if (name.StartsWith("ConnectionStrings__", StringComparison.OrdinalIgnoreCase))
        {
            return ConnectionString(value);
        }

        return SecretWords.Any(w => name.Contains(w, StringComparison.OrdinalIgnoreCase)) ? Mask : value;
    }

    private static string ConnectionString(string value)
    {
        try
        {
            var builder = new DbConnectionStringBuilder { ConnectionString = value };
            foreach (var key in builder.Keys.Cast<string>().Where(k => SecretWords.Any(w => k.Contains(w, StringComparison.OrdinalIgnoreCase))).ToList())
            {
                builder[key] = Mask;
            }

            return builder.ConnectionString;
        }
        catch (ArgumentException)
        {
            // Not a key=value string: nothing can be shown safely.
            return Mask;
        }
    }
}
