using WhisperAspire.Hosting.Orchestration;

namespace WhisperAspire.Hosting.Dashboard.Security;

/// <summary>The login link, printed with "Everything is up" as Aspire prints it (or with the first failure); the only place the token appears.</summary>
internal sealed class DashboardLoginLink(DashboardOptions options, DashboardSecrets secrets) : IReadyAnnouncement
{
    public string Text => $"Login to the dashboard at {options.LoginUrl(secrets.BrowserToken)}";
}
