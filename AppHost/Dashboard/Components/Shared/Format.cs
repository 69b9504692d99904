using System.Globalization;

namespace WhisperAspire.Hosting.Dashboard.Components.Shared;

internal static class Format
{
    public static string Duration(TimeSpan duration) => duration.TotalMilliseconds switch
    {
        < 1 => $"{duration.TotalMicroseconds.ToString("0", CultureInfo.InvariantCulture)}μs",
        < 1000 => $"{duration.TotalMilliseconds.ToString("0.##", CultureInfo.InvariantCulture)}ms",
        _ => $"{duration.TotalSeconds.ToString("0.##", CultureInfo.InvariantCulture)}s",
    };

    /// <summary>CSS percentages need a dot whatever the culture.</summary>
    public static string Percent(double value) => value.ToString("0.###", CultureInfo.InvariantCulture) + "%";
}
