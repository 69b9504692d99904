using Microsoft.AspNetCore.DataProtection;

namespace WhisperAspire.Api.Deployments;

public static class DeploymentsServiceExtensions
{
    public static IHostApplicationBuilder AddDeployments(this IHostApplicationBuilder builder)
    {
        var keys = builder.Configuration["DataProtection:KeysDirectory"] is { Length: > 0 } configured
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "WhisperAspire", "api-data-protection-keys");
        var directory = Directory.CreateDirectory(keys);
        if (!OperatingSystem.IsWindows())
        {
            directory.UnixFileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
        }

        // A fixed application name: the same keys decrypt whichever path or port the Api runs from.
        builder.Services.AddDataProtection().SetApplicationName("WhisperAspire.Api").PersistKeysToFileSystem(directory);
        builder.Services.AddSingleton<TokenProtector>();
        return builder;
    }
}
