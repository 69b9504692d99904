using Microsoft.Playwright;

namespace WhisperAspire.DashboardTests.Infrastructure;

/// <summary>What a failed test saw: a screenshot, the page's HTML and the AppHost's log, attached to the test result.</summary>
internal static class FailureEvidence
{
    public static async Task SaveAsync(IPage page, string appHostLog)
    {
        var name = TestContext.Current.Test?.TestDisplayName ?? "test";
        var folder = Directory.CreateTempSubdirectory("whisperaspire-dashboard-failure-").FullName;
        try
        {
            var screenshot = Path.Combine(folder, "page.png");
            await page.ScreenshotAsync(new() { Path = screenshot, FullPage = true });
            await File.WriteAllTextAsync(Path.Combine(folder, "page.html"), $"<!-- {page.Url} -->{Environment.NewLine}{await page.ContentAsync()}");
        }
        catch (PlaywrightException exception)
        {
            await File.WriteAllTextAsync(Path.Combine(folder, "page-unavailable.txt"), exception.ToString());
        }

        await File.WriteAllTextAsync(Path.Combine(folder, "apphost.log"), appHostLog);
        TestContext.Current.AddAttachment("evidence", $"{name}: {folder}");
    }
}
