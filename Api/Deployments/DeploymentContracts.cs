using System.ComponentModel.DataAnnotations;
using System.Text.Json;

namespace WhisperAspire.Api.Deployments;

/// <summary>
/// Creating needs the character (one deployment per character: production's key); the Discord token is optional
/// (production's deployments have none) and, like every other field, kept when an update leaves it out. Takes the
/// seed's fields and production's (<c>containerName</c>, <c>port</c>, <c>config</c>, <c>errorMessage</c>, <c>deployedAt</c>, <c>stoppedAt</c>).
/// </summary>
public sealed record DeploymentRequest(
    [property: MaxLength(255)] string? CharacterName,
    [property: MinLength(8), MaxLength(500)] string? DiscordToken,
    [property: Range(1, 65535)] int? HealthEndpointPort,
    [property: Range(1, 65535)] int? ChatEndpointPort,
    [property: AllowedValues(null, DeploymentStatus.Inactive, "starting", "active", "stopping", "error", "deploying", "running", "stopped")] string? Status,
    JsonElement? DeploymentConfig,
    [property: MaxLength(255)] string? ContainerName = null,
    [property: Range(1, 65535)] int? Port = null,
    JsonElement? Config = null,
    [property: MaxLength(10_000)] string? ErrorMessage = null,
    DateTimeOffset? DeployedAt = null,
    DateTimeOffset? StoppedAt = null);

public sealed record HealthReport(
    [property: Required, AllowedValues(DeploymentStatus.Inactive, "starting", "active", "stopping", "error", "deploying", "running", "stopped")] string Status,
    [property: MaxLength(10_000)] string? ErrorMessage = null);

public static class DeploymentStatus
{
    public const string Inactive = "inactive";
}

/// <summary>What a deployment shows: never the token (not even its ciphertext), only a hint to tell tokens apart.</summary>
public sealed record DeploymentView(
    string BotName, string? CharacterName, string? TokenHint, string? ContainerName, int? Port, int? HealthEndpointPort, int? ChatEndpointPort,
    string? Status, string? ErrorMessage, DateTime? LastHealthCheck, JsonElement? DeploymentConfig, JsonElement? Config,
    DateTime? CreatedAt, DateTime? UpdatedAt, DateTime? DeployedAt, DateTime? StoppedAt);
