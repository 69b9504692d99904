using System.Net;
using WhisperAspire.IntegrationTests.Infrastructure;

namespace WhisperAspire.IntegrationTests.Api;

/// <summary>Bans with their audit trail, and deployments whose Discord token is encrypted and never returned.</summary>
public sealed class ModerationAndDeploymentsApiTests(StackFixture fixture) : IAsyncLifetime
{
    private const string Token = "MTIzNDU2Nzg5.secret-discord-token.abcdWXYZ";

    private HttpClient Api => fixture.Stack.Api;

    private string ConnectionString => fixture.Stack.ConnectionString;

    public async ValueTask InitializeAsync()
    {
        await fixture.ResetAsync();
        await Api.CreateCharacterAsync("warden");
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task A_ban_records_who_when_and_why_a_second_ban_is_409_and_unban_keeps_the_trail()
    {
        var (banned, ban) = await Api.PostAsync("/api/users/troll/bots/warden/ban", new { bannedBy = "mod-a", reason = "spam" });
        var (again, _) = await Api.PostAsync("/api/users/troll/bots/warden/ban", new { bannedBy = "mod-b", reason = "more spam" });
        var (unbanned, lifted) = await Api.PostAsync("/api/users/troll/bots/warden/unban", new { unbannedBy = "mod-c" });
        var (unbanAgain, _) = await Api.PostAsync("/api/users/troll/bots/warden/unban", new { unbannedBy = "mod-c" });
        var (_, active) = await Api.GetJsonAsync("/api/bans?botName=warden&active=true");

        Assert.Equal(HttpStatusCode.OK, banned);
        Assert.Equal("mod-a", ban!["bannedBy"]!.GetValue<string>());
        Assert.True(ban["isActive"]!.GetValue<bool>());
        Assert.Equal(HttpStatusCode.Conflict, again);
        Assert.Equal(HttpStatusCode.OK, unbanned);
        Assert.False(lifted!["isActive"]!.GetValue<bool>());
        Assert.Equal("mod-c", lifted["unbannedBy"]!.GetValue<string>());
        Assert.Equal("spam", lifted["reason"]!.GetValue<string>());
        Assert.NotNull(lifted["unbannedAt"]);
        Assert.Equal(HttpStatusCode.Conflict, unbanAgain);
        Assert.Empty(active!.AsArray());
    }

    [Fact]
    public async Task A_deployment_stores_its_token_encrypted_and_shows_only_a_masked_hint()
    {
        var (created, deployment) = await Api.PutJsonAsync("/api/deployments/warden-bot",
            new { characterName = "warden", discordToken = Token, healthEndpointPort = 9091, deploymentConfig = new { shards = 2 } });
        var (_, listed) = await Api.GetJsonAsync("/api/deployments");
        var stored = await Database.ScalarAsync<string>(ConnectionString, "SELECT discord_token_encrypted FROM bot_deployments");

        Assert.Equal(HttpStatusCode.Created, created);
        Assert.Equal("warden", deployment!["characterName"]!.GetValue<string>());
        Assert.Equal("********WXYZ", deployment["tokenHint"]!.GetValue<string>());
        Assert.Equal(2, deployment["deploymentConfig"]!["shards"]!.GetValue<int>());
        Assert.DoesNotContain("secret-discord-token", listed!.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain("secret-discord-token", stored, StringComparison.Ordinal);
        Assert.NotEqual(Token, stored);
        // The key that encrypted it lives with the AppHost's secrets, not in the database or the checkout.
        var keys = Path.Combine(fixture.Stack.StateDirectory, "secrets", "api-data-protection-keys");
        Assert.NotEmpty(Directory.GetFiles(keys, "key-*.xml"));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(keys));
        }
    }

    [Fact]
    public async Task A_health_report_sets_status_and_time_and_an_update_keeps_the_token()
    {
        await Api.PutJsonAsync("/api/deployments/warden-bot", new { characterName = "warden", discordToken = Token });
        var before = await Database.ScalarAsync<string>(ConnectionString, "SELECT discord_token_encrypted FROM bot_deployments");

        var (reported, health) = await Api.PostAsync("/api/deployments/warden-bot/health", new { status = "active" });
        var (updated, _) = await Api.PutJsonAsync("/api/deployments/warden-bot", new { chatEndpointPort = 9092 });
        var (badStatus, problem) = await Api.PostAsync("/api/deployments/warden-bot/health", new { status = "exploded" });

        Assert.Equal(HttpStatusCode.OK, reported);
        Assert.Equal("active", health!["status"]!.GetValue<string>());
        Assert.NotNull(health["lastHealthCheck"]);
        Assert.Equal(HttpStatusCode.OK, updated);
        Assert.Equal(before, await Database.ScalarAsync<string>(ConnectionString, "SELECT discord_token_encrypted FROM bot_deployments"));
        Assert.Equal(HttpStatusCode.BadRequest, badStatus);
        Assert.Contains("status", problem!["errors"]!.ToJsonString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_deployment_needs_a_known_character_and_a_token_to_be_created()
    {
        var (unknown, _) = await Api.PutJsonAsync("/api/deployments/ghost-bot", new { characterName = "nobody", discordToken = Token });
        var (noToken, problem) = await Api.PutJsonAsync("/api/deployments/ghost-bot", new { characterName = "warden" });
        var (deleted, _) = await Api.SendAsync(HttpMethod.Delete, "/api/deployments/ghost-bot");

        Assert.Equal(HttpStatusCode.NotFound, unknown);
        Assert.Equal(HttpStatusCode.BadRequest, noToken);
        Assert.True(problem!["errors"]!.AsObject().ContainsKey("discordToken"));
        Assert.Equal(HttpStatusCode.NotFound, deleted);
        Assert.Equal(0L, await Database.ScalarAsync<long>(ConnectionString, "SELECT count(*) FROM bot_deployments"));
    }
}
