using System.Net;
using WhisperAspire.IntegrationTests.Infrastructure;

namespace WhisperAspire.IntegrationTests.Api;

/// <summary>Bans (one per Discord user) with their audit trail, and deployments (one per character) whose Discord token is encrypted and never returned.</summary>
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
    public async Task A_Discord_user_has_one_ban_and_another_bot_banning_again_is_409_naming_the_bot_that_holds_it()
    {
        await Api.CreateCharacterAsync("keeper");

        var (banned, ban) = await Api.PostAsync("/api/users/1001/bots/warden/ban",
            new { bannedBy = "mod-a", banReason = "raid", expiresAt = "2099-01-01T00:00:00Z", notes = "joined with 40 alts" });
        var (other, problem) = await Api.PostAsync("/api/users/1001/bots/keeper/ban", new { bannedBy = "mod-b", reason = "spam" });
        var (otherUnban, _) = await Api.PostAsync("/api/users/1001/bots/keeper/unban", new { unbannedBy = "mod-b" });
        var (_, lifted) = await Api.PostAsync("/api/users/1001/bots/warden/unban", new { unbannedBy = "mod-a", unbanReason = "appeal" });
        var (rebanned, reban) = await Api.PostAsync("/api/users/1001/bots/keeper/ban", new { bannedBy = "mod-b", reason = "spam" });
        var (_, userBan) = await Api.GetJsonAsync("/api/bans/1001");

        Assert.Equal(HttpStatusCode.OK, banned);
        Assert.Equal("raid", ban!["banReason"]!.GetValue<string>());
        Assert.Equal("raid", ban["reason"]!.GetValue<string>());
        Assert.Equal("1001", ban["discordUserId"]!.GetValue<string>());
        Assert.Equal("joined with 40 alts", ban["notes"]!.GetValue<string>());
        Assert.Equal(2099, ban["expiresAt"]!.GetValue<DateTime>().Year);
        Assert.Equal(HttpStatusCode.Conflict, other);
        Assert.Contains("'warden'", problem!["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, otherUnban);
        Assert.Equal("appeal", lifted!["unbanReason"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, rebanned);
        Assert.Equal("keeper", reban!["botName"]!.GetValue<string>());
        Assert.Equal("keeper", userBan!["botName"]!.GetValue<string>());
        Assert.Equal(1L, await Database.ScalarAsync<long>(ConnectionString, "SELECT count(*) FROM banned_users"));
    }

    [Fact]
    public async Task A_deployment_needs_a_known_character_and_a_character_has_one_deployment()
    {
        var (unknown, _) = await Api.PutJsonAsync("/api/deployments/ghost-bot", new { characterName = "nobody", discordToken = Token });
        var (noCharacter, problem) = await Api.PutJsonAsync("/api/deployments/ghost-bot", new { port = 9100 });
        var (created, deployment) = await Api.PutJsonAsync("/api/deployments/warden-bot", new
        {
            characterName = "warden", containerName = "warden-container", port = 9100, config = new { image = "whisperengine" },
            errorMessage = "none yet", deployedAt = "2025-10-21T12:00:00Z",
        });
        var (second, secondProblem) = await Api.PutJsonAsync("/api/deployments/warden-bot-2", new { characterName = "warden", discordToken = Token });
        var (deleted, _) = await Api.SendAsync(HttpMethod.Delete, "/api/deployments/ghost-bot");

        Assert.Equal(HttpStatusCode.NotFound, unknown);
        Assert.Equal(HttpStatusCode.BadRequest, noCharacter);
        Assert.True(problem!["errors"]!.AsObject().ContainsKey("characterName"));
        Assert.Equal(HttpStatusCode.Created, created);
        Assert.Equal("warden-container", deployment!["containerName"]!.GetValue<string>());
        Assert.Equal(9100, deployment["port"]!.GetValue<int>());
        Assert.Equal("whisperengine", deployment["config"]!["image"]!.GetValue<string>());
        Assert.Equal("none yet", deployment["errorMessage"]!.GetValue<string>());
        Assert.Equal(new DateTime(2025, 10, 21, 12, 0, 0, DateTimeKind.Utc), deployment["deployedAt"]!.GetValue<DateTimeOffset>().UtcDateTime);
        Assert.Null(deployment["tokenHint"]);
        Assert.Null(deployment["discordTokenEncrypted"]);
        Assert.Equal(HttpStatusCode.Conflict, second);
        Assert.Contains("warden-bot", secondProblem!["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, deleted);
        Assert.Equal(1L, await Database.ScalarAsync<long>(ConnectionString, "SELECT count(*) FROM bot_deployments"));
    }
}
