using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace WhisperAspire.Hosting.Dashboard.Security;

/// <summary>The browser proves it saw the console's login link once (?t=token); a session cookie carries that afterwards.</summary>
internal static class BrowserLogin
{
    public const string Path = "/login";

    public static IEndpointRouteBuilder MapBrowserLogin(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path, async (HttpContext context, DashboardSecrets secrets, string? t, string? returnUrl) =>
        {
            if (!DashboardSecrets.Matches(t, secrets.BrowserToken))
            {
                return Results.Content(
                    "<!doctype html><meta charset=\"utf-8\"><title>Log in</title><p>This dashboard needs the login link that the AppHost printed on its " +
                    "console when the stack came up (http://localhost:&lt;port&gt;/login?t=…). The token changes with every run.</p>",
                    "text/html", System.Text.Encoding.UTF8, statusCode: t is null ? StatusCodes.Status200OK : StatusCodes.Status401Unauthorized);
            }

            var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, "dashboard")], CookieAuthenticationDefaults.AuthenticationScheme);
            await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
            // Only a path on this site: the login link must not become a way to send the browser elsewhere.
            return Results.LocalRedirect(IsLocalPath(returnUrl) ? returnUrl! : "/");
        }).AllowAnonymous();
        return app;
    }

    private static bool IsLocalPath(string? url) => url is ['/', ..] && (url.Length == 1 || url[1] is not '/' and not '\\');
}
