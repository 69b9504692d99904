using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.HttpResults;

namespace WhisperAspire.Api.Problems;

/// <summary>
/// Turns a request the framework could not bind (malformed JSON, a wrong type, a query value that does not parse, a body
/// over the size limit) into a ProblemDetails that names the field and the rule, instead of an empty 400.
/// Needs <c>RouteHandlerOptions.ThrowOnBadRequest</c>, which makes binding failures reach the exception handler.
/// </summary>
public sealed class RequestProblemHandler : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad)
        {
            return false;
        }

        IResult result = bad switch
        {
            { StatusCode: StatusCodes.Status413PayloadTooLarge } => TypedResults.Problem(statusCode: bad.StatusCode, title: "Request body too large",
                detail: "The body is over the server's size limit; send a smaller document."),
            { InnerException: JsonException json } => ProblemResults.Field(json.Path ?? "$", Describe(json)),
            _ => ProblemResults.Field(ParameterName(bad.Message) ?? "request", bad.Message),
        };
        await result.ExecuteAsync(httpContext);
        return true;
    }

    /// <summary>The binder's messages quote the parameter: <c>Failed to bind parameter "int page" from "x".</c></summary>
    private static string? ParameterName(string message)
    {
        var start = message.IndexOf('"', StringComparison.Ordinal);
        var end = start < 0 ? -1 : message.IndexOf('"', start + 1);
        return end < 0 ? null : message[(start + 1)..end].Split(' ')[^1];
    }

    /// <summary>System.Text.Json's message in the caller's terms: no .NET type names, the path is already the key.</summary>
    private static string Describe(JsonException json)
    {
        if (json is JsonRuleException)
        {
            return json.Message;
        }

        var message = json.Message;
        const string Missing = "missing required properties including: ";
        return message.Contains("could not be mapped to any .NET member", StringComparison.Ordinal)
                ? "Unknown field: remove it or check its spelling (GET /openapi/v1.json lists the fields)."
            : message.Contains("could not be converted to", StringComparison.Ordinal)
                ? "Wrong JSON type for this field (GET /openapi/v1.json gives each field's type)."
            : message.IndexOf(Missing, StringComparison.Ordinal) is var at and >= 0
                ? "Required field(s) missing: " + message[(at + Missing.Length)..].TrimEnd('.')
            : "Malformed JSON: " + message.Split(" Path: ", 2)[0].Split(" LineNumber: ", 2)[0];
    }
}
