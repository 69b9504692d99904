using System.ComponentModel.DataAnnotations;
using System.Text.Json;

namespace WhisperAspire.Api.Deployments;

/// <summary>Creating needs the character and the token; updating may leave either out to keep what is stored.</summary>
public sealed record DeploymentRequest(
    [property: MaxLength(255)] string? CharacterName,
    [property: MinLength(8), MaxLength(500)] string? DiscordToken,
    [property: Range(1, 65535)] int? HealthEndpointPort,
    [property: Range(1, 65535)] int? ChatEndpointPort,
    [property: AllowedValues(null, "inactive", "starting", "active", "stopping", "error")] string? Status,
    JsonElement? DeploymentConfig);

public sealed record HealthReport([property: Required, AllowedValues("inactive", "starting", "active", "stopping", "error")] string Status);

/// <summary>What a deployment shows: never the token, only a hint to tell tokens apart.</summary>
public sealed record DeploymentView(
    string BotName, string? CharacterName, string TokenHint, int? HealthEndpointPort, int? ChatEndpointPort, string? Status,
    DateTime? LastHealthCheck, JsonElement? DeploymentConfig, DateTime? CreatedAt, DateTime? UpdatedAt);
