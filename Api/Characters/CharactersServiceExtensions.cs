using WhisperAspire.Data;

namespace WhisperAspire.Api.Characters;

public static class CharactersServiceExtensions
{
    /// <summary>The CDL document's JSON shape and its validator, both derived once from the EF model.</summary>
    public static IHostApplicationBuilder AddCharacters(this IHostApplicationBuilder builder)
    {
        builder.Services.AddProblemDetails();
        builder.Services.AddSingleton(provider => new CdlDocument(Model(provider)));
        builder.Services.AddSingleton(provider => new CdlValidator(Model(provider)));
        return builder;
    }

    private static Microsoft.EntityFrameworkCore.Metadata.IModel Model(IServiceProvider provider)
    {
        using var scope = provider.CreateScope();
        return scope.ServiceProvider.GetRequiredService<WhisperEngineDbContext>().Model;
    }
}
