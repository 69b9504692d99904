using Microsoft.Playwright;

namespace WhisperAspire.DashboardTests.Infrastructure;

internal static class Interaction
{
    /// <summary>
    /// Blazor can show a control before its circuit is interactive, or re-render it under the pointer; a click that led
    /// nowhere is repeated until <paramref name="expected"/> shows up. Each round waits on that state, never on a clock.
    /// </summary>
    public static async Task ClickUntilVisibleAsync(ILocator target, ILocator expected, int attempts = 6)
    {
        for (var attempt = 1; ; attempt++)
        {
            await target.ClickAsync();
            try
            {
                await Assertions.Expect(expected).ToBeVisibleAsync(new() { Timeout = 15_000 });
                return;
            }
            catch (PlaywrightException) when (attempt < attempts)
            {
            }
        }
    }
}
