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
            { InnerException: JsonException json } => ProblemResults.Field(json.Path ?? "$", $"Not valid JSON for this request: {FirstSentence(json.Message)}"),
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

    // System.Text.Json appends path and position details that the field key already gives.
    private static string FirstSentence(string message) => message.Split(" Path: ", 2)[0];
}
