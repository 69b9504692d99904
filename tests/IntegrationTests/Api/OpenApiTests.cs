using System.Net;
using WhisperAspire.IntegrationTests.Infrastructure;

namespace WhisperAspire.IntegrationTests.Api;

/// <summary>The OpenAPI document describes every route group; the interactive reference is served in Development.</summary>
public sealed class OpenApiTests(StackFixture fixture)
{
    private HttpClient Api => fixture.Stack.Api;

    [Fact]
    public async Task The_OpenAPI_document_lists_every_route_group_with_its_request_schemas()
    {
        var (status, document) = await Api.GetJsonAsync("/openapi/v1.json");
        var paths = document!["paths"]!.AsObject().Select(p => p.Key).ToList();

        Assert.Equal(HttpStatusCode.OK, status);
        foreach (var path in new[]
        {
            "/api/characters/{name}", "/api/characters/{name}/{section}", "/api/characters/{name}/prompt", "/api/prompt", "/api/users",
            "/api/users/{userId}/bots/{botName}/interactions", "/api/users/{userId}/bots/{botName}/facts", "/api/entities/search",
            "/api/entities/{id}/neighbourhood", "/api/users/{userId}/bots/{botName}/ban", "/api/deployments/{botName}",
            "/api/users/{userId}/bots/{botName}/summaries", "/api/schema",
        })
        {
            Assert.Contains(path, paths);
        }

        var schemas = document["components"]!["schemas"]!.AsObject();
        Assert.True(schemas.ContainsKey("PromptRequest"), string.Join(", ", schemas.Select(s => s.Key)));
        Assert.Equal(4000, schemas["PromptRequest"]!["properties"]!["message"]!["maxLength"]!.GetValue<int>());
    }

    [Fact]
    public async Task The_interactive_reference_is_served_in_Development()
    {
        using var response = await Api.GetAsync("/scalar", TestContext.Current.CancellationToken);
        var page = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<title>Scalar", page, StringComparison.Ordinal);
    }
}
