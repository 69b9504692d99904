using Microsoft.Extensions.DependencyInjection;
using WhisperAspire.Hosting.Postgres;

namespace WhisperAspire.Hosting.Orchestration;

internal static class OrchestrationServiceCollectionExtensions
{
    public static IServiceCollection AddOrchestration(this IServiceCollection services)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<ResourceNotificationService>();
        services.AddSingleton<ResourceLoggerService>();
        services.AddSingleton<HttpHealthProbe>();
        services.AddSingleton<IResourceRunner, ProjectRunner>();
        services.AddSingleton<ResourceCommandService>();
        services.AddPostgresRunners();

        // The reporter starts first so that it sees every state from NotStarted on.
        services.AddHostedService<ConsoleReporter>();
        services.AddHostedService<ApplicationOrchestrator>();
        return services;
    }
}
