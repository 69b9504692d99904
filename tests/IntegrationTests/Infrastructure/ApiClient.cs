using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace WhisperAspire.IntegrationTests.Infrastructure;

/// <summary>JSON in, status and JSON out: the calls the Api tests make, without repeating the plumbing.</summary>
public static class ApiClient
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public static async Task<(HttpStatusCode Status, JsonNode? Body)> SendAsync(this HttpClient api, HttpMethod method, string path, object? body = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = body is string raw
                ? new StringContent(raw, Encoding.UTF8, "application/json")
                : JsonContent.Create(body);
        }

        using var response = await api.SendAsync(request, Cancel);
        var text = await response.Content.ReadAsStringAsync(Cancel);
        return (response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text));
    }

    public static Task<(HttpStatusCode Status, JsonNode? Body)> PostAsync(this HttpClient api, string path, object? body = null) =>
        api.SendAsync(HttpMethod.Post, path, body);

    public static Task<(HttpStatusCode Status, JsonNode? Body)> PutJsonAsync(this HttpClient api, string path, object? body) =>
        api.SendAsync(HttpMethod.Put, path, body);

    public static Task<(HttpStatusCode Status, JsonNode? Body)> GetJsonAsync(this HttpClient api, string path) =>
        api.SendAsync(HttpMethod.Get, path);

    /// <summary>PUTs a JSON document and hands back the response, for tests that look at status and body themselves.</summary>
    public static Task<HttpResponseMessage> PutDocumentAsync(this HttpClient api, string path, JsonNode document) =>
        api.PutAsync(path, new StringContent(document.ToJsonString(), Encoding.UTF8, "application/json"), Cancel);

    /// <summary>GETs JSON that must be there (200).</summary>
    public static async Task<JsonNode> GetOkAsync(this HttpClient api, string path)
    {
        using var response = await api.GetAsync(path, Cancel);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync(Cancel))!;
    }

    /// <summary>A character to scope user data to (bots are characters).</summary>
    public static async Task CreateCharacterAsync(this HttpClient api, string name, JsonObject? document = null)
    {
        var (status, body) = await api.PutJsonAsync($"/api/characters/{name}", (document ?? new JsonObject()).ToJsonString());
        Assert.True(status is HttpStatusCode.Created or HttpStatusCode.OK, body?.ToJsonString());
    }
}
