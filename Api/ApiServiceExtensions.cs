using WhisperAspire.Api.Knowledge;
using WhisperAspire.Api.Moderation;
using WhisperAspire.Api.Users;

namespace WhisperAspire.Api;

public static class ApiServiceExtensions
{
    /// <summary>The stores behind the user-facing routes; their SQL names columns in snake_case, records in PascalCase.</summary>
    public static IHostApplicationBuilder AddStores(this IHostApplicationBuilder builder)
    {
        Dapper.DefaultTypeMap.MatchNamesWithUnderscores = true;
        builder.Services.AddScoped<RelationshipStore>();
        builder.Services.AddScoped<KnowledgeGraphStore>();
        builder.Services.AddScoped<BanStore>();
        return builder;
    }

    /// <summary>The first database connection opens beside the web server's start (Startup/DatabaseWarmUp.cs).</summary>
    public static IHostApplicationBuilder AddDatabaseWarmUp(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHostedService<Startup.DatabaseWarmUp>();
        return builder;
    }

    /// <summary>The OpenAPI document always (clients generate from it); the interactive reference only in Development.</summary>
    public static IHostApplicationBuilder AddApiReference(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOpenApi();
        return builder;
    }

    public static WebApplication MapApiReference(this WebApplication app)
    {
        app.MapOpenApi(); // /openapi/v1.json
        if (app.Environment.IsDevelopment())
        {
            Scalar.AspNetCore.ScalarEndpointRouteBuilderExtensions.MapScalarApiReference(app); // /scalar
        }

        return app;
    }
}
