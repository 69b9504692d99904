using System.ComponentModel.DataAnnotations;

namespace WhisperAspire.Api.Users;

public sealed record CreateUserRequest(
    [property: Required, MaxLength(50)] string DiscordUserId,
    [property: Required, MaxLength(255)] string Username,
    [property: MaxLength(255)] string? DisplayName);

public sealed record UserView(string? DiscordUserId, string Username, string? DisplayName, DateTime? CreatedAt);

/// <summary>How one interaction moves the relationship; each score stays within 0–1 however large the sum grows.</summary>
public sealed record InteractionRequest(
    [property: Range(-1.0, 1.0)] double AffectionDelta = 0,
    [property: Range(-1.0, 1.0)] double TrustDelta = 0,
    [property: Range(-1.0, 1.0)] double AttunementDelta = 0);

public sealed record RelationshipView(
    string UserId, string BotName, double Affection, double Trust, double Attunement,
    int InteractionCount, DateTime? FirstInteraction, DateTime? LastInteraction);
