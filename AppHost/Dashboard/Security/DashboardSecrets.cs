using System.Security.Cryptography;
using System.Text;

namespace WhisperAspire.Hosting.Dashboard.Security;

/// <summary>
/// The browser token (in the login link) and the OTLP API key, new for every run. Neither is written to a log
/// or to disk; the login link is printed once, on the console of the user who started the AppHost.
/// </summary>
public sealed class DashboardSecrets
{
    public string BrowserToken { get; } = Generate();

    public string OtlpApiKey { get; } = Generate();

    public static bool Matches(string? candidate, string secret) =>
        candidate is not null &&
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(candidate), Encoding.UTF8.GetBytes(secret));

    private static string Generate() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
}
