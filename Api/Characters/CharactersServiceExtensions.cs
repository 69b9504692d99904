using WhisperAspire.Data;

namespace WhisperAspire.Api.Characters;

public static class CharactersServiceExtensions
{
    /// <summary>The CDL document's JSON shape, its validator, its SQL and its row reader, all derived once from the EF model.</summary>
    public static IHostApplicationBuilder AddCharacters(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton(provider => new CdlDocument(Model(provider)));
        builder.Services.AddSingleton(provider => new CdlValidator(Model(provider)));
        builder.Services.AddSingleton<CdlDocumentSql>();
        builder.Services.AddSingleton<CharacterReader>();
        builder.Services.AddScoped<CharacterStore>();
        return builder;
    }

    private static Microsoft.EntityFrameworkCore.Metadata.IModel Model(IServiceProvider provider)
    {
        using var scope = provider.CreateScope();
        return scope.ServiceProvider.GetRequiredService<WhisperEngineDbContext>().Model;
    }
}
