using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.FluentUI.AspNetCore.Components;
using WhisperAspire.Hosting.Dashboard.Journal;
using WhisperAspire.Hosting.Dashboard.Security;
using WhisperAspire.Hosting.Dashboard.Storage;
using WhisperAspire.Hosting.Orchestration;

namespace WhisperAspire.Hosting.Dashboard.Components;

/// <summary>The dashboard's pages: Blazor with interactive server rendering, behind the login link's cookie.</summary>
internal static class DashboardUi
{
    public static WebApplication Build(DashboardOptions options, IServiceProvider appHost)
    {
        var builder = DashboardWebHosts.CreateBuilder(appHost, kestrel => kestrel.ListenLocalhost(options.Port));
        builder.WebHost.UseStaticWebAssets();
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddFluentUIComponents();
        // Keys live as long as the run, as the token does: yesterday's cookie opens nothing today.
        builder.Services.AddDataProtection().UseEphemeralDataProtectionProvider();
        builder.Services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(cookie =>
        {
            cookie.LoginPath = BrowserLogin.Path;
            cookie.Cookie.Name = $"WhisperAspire.Dashboard.{options.Port}";
            cookie.Cookie.SameSite = SameSiteMode.Strict;
        });
        builder.Services.AddAuthorization();
        builder.Services.AddDashboardPageServices(appHost).Share<DashboardSecrets>(appHost);

        var app = builder.Build();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapStaticAssets();
        app.MapBrowserLogin();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode().RequireAuthorization();
        return app;
    }

    /// <summary>What the pages inject; also what component tests register.</summary>
    public static IServiceCollection AddDashboardPageServices(this IServiceCollection services, IServiceProvider appHost) =>
        services
            .Share<DashboardOptions>(appHost)
            .Share<DistributedApplicationModel>(appHost)
            .Share<ResourceNotificationService>(appHost)
            .Share<ResourceLoggerService>(appHost)
            .Share<ResourceCommandService>(appHost)
            .Share<TelemetryStore>(appHost)
            .Share<TelemetryArchive>(appHost)
            .Share<TelemetryArchiveWriter>(appHost)
            .Share<MigrationJournal>(appHost)
            .AddScoped<SelectedRun>();
}
