using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using WhisperAspire.Hosting.Dashboard.Journal;
using WhisperAspire.Hosting.Dashboard.Otlp;
using WhisperAspire.Hosting.Dashboard.Security;
using WhisperAspire.Hosting.Dashboard.Storage;
using WhisperAspire.Hosting.Orchestration;

namespace WhisperAspire.Hosting.Dashboard;

internal static class DashboardServiceCollectionExtensions
{
    /// <summary>
    /// The dashboard, unless Dashboard:Enabled is false. Tells the project environment where to send telemetry and
    /// with which key (Aspire's settings), unless the user pointed it elsewhere.
    /// </summary>
    public static IServiceCollection AddDashboard(this IServiceCollection services, IConfigurationManager configuration)
    {
        var options = configuration.GetSection(DashboardOptions.Section).Get<DashboardOptions>() ?? new DashboardOptions();
        if (!options.Enabled)
        {
            return services;
        }

        var secrets = new DashboardSecrets();
        configuration[ProjectEnvironment.OtlpEndpointSetting] ??= $"http://localhost:{options.OtlpGrpcPort}";
        configuration[ProjectEnvironment.OtlpApiKeySetting] ??= secrets.OtlpApiKey;

        services.AddTelemetryPipeline(options, secrets, Path.Combine(StateDirectories.From(configuration).Data, "dashboard", "telemetry.db"));
        services.AddSingleton<MigrationJournal>();
        services.AddSingleton<IReadyAnnouncement, DashboardLoginLink>();
        services.AddSingleton<DashboardHost>();
        services.AddHostedService(provider => provider.GetRequiredService<DashboardHost>());
        services.AddSingleton<IProjectStartGate>(provider => provider.GetRequiredService<DashboardHost>());
        return services;
    }

    /// <summary>What the OTLP receiver needs: the store, the archive and the ingestion between them; also for tests and the benchmark.</summary>
    public static IServiceCollection AddTelemetryPipeline(this IServiceCollection services, DashboardOptions options, DashboardSecrets secrets, string archivePath)
    {
        services.AddSingleton(options);
        services.AddSingleton(secrets);
        services.AddSingleton(new TelemetryStore(options.Limits));
        services.AddSingleton(new TelemetryArchive(archivePath));
        services.AddSingleton<TelemetryArchiveWriter>();
        services.AddSingleton<TelemetryIngest>();
        return services;
    }
}
