using System.Text.Json;
using System.Text.Json.Serialization;

namespace WhisperAspire.Api.Problems;

public static class ProblemsServiceExtensions
{
    /// <summary>Every failure a caller can cause answers as ProblemDetails; anything else is a 500 without internals.</summary>
    public static IHostApplicationBuilder AddProblemResponses(this IHostApplicationBuilder builder)
    {
        builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            // Validation names fields as the C# properties; callers write them as the JSON does (camelCase).
            if (context.ProblemDetails is HttpValidationProblemDetails validation)
            {
                validation.Errors = validation.Errors.ToDictionary(e => JsonFieldPath(e.Key), e => e.Value);
            }
        });
        builder.Services.AddExceptionHandler<RequestProblemHandler>();
        builder.Services.AddExceptionHandler<DatabaseProblemHandler>();
        builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        builder.Services.AddValidation();
        // A misspelt or unknown field is refused by name rather than silently ignored.
        builder.Services.ConfigureHttpJsonOptions(options => options.SerializerOptions.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow);
        return builder;
    }

    private static string JsonFieldPath(string key) =>
        key.StartsWith('$') ? key : string.Join('.', key.Split('.').Select(JsonNamingPolicy.CamelCase.ConvertName));
}
