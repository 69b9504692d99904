using System.Text.Json;

namespace WhisperAspire.Api.Problems;

/// <summary>Reads a body the route deserializes itself (a CDL document, a section) with the same failure as framework binding.</summary>
public static class RequestJson
{
    public static async Task<object?> ReadAsync(HttpRequest request, Type type, JsonSerializerOptions options, CancellationToken cancellationToken)
    {
        try
        {
            return await JsonSerializer.DeserializeAsync(request.Body, type, options, cancellationToken);
        }
        catch (JsonException ex)
        {
            // RequestProblemHandler answers it: a 400 naming the JSON path.
            throw new BadHttpRequestException("The body is not valid JSON for this request.", StatusCodes.Status400BadRequest, ex);
        }
    }

    public static async Task<T?> ReadAsync<T>(HttpRequest request, JsonSerializerOptions options, CancellationToken cancellationToken) =>
        (T?)await ReadAsync(request, typeof(T), options, cancellationToken);
}
