using System.ComponentModel.DataAnnotations;
using System.Text.Json;

namespace WhisperAspire.Api.Users;

/// <summary>
/// The seed's fields plus production's: <c>userId</c> (production's key; derived from the Discord id or the username
/// when left out), <c>preferences</c> and <c>privacySettings</c> (JSON objects, stored as production's text).
/// </summary>
public sealed record CreateUserRequest(
    [property: Required, MaxLength(50)] string DiscordUserId,
    [property: Required, MaxLength(255)] string Username,
    [property: MaxLength(255)] string? DisplayName,
    [property: MaxLength(255)] string? UserId = null,
    JsonElement? Preferences = null,
    JsonElement? PrivacySettings = null);

public sealed record UserView(
    string? UserId, string? DiscordUserId, string Username, string? DisplayName, DateTime? CreatedAt, DateTime? LastSeen,
    int? MessageCount, JsonElement? Preferences, JsonElement? PrivacySettings);

/// <summary>How one interaction moves the relationship; each score stays within 0–1 however large the sum grows.</summary>
public sealed record InteractionRequest(
    [property: Range(-1.0, 1.0)] double AffectionDelta = 0,
    [property: Range(-1.0, 1.0)] double TrustDelta = 0,
    [property: Range(-1.0, 1.0)] double AttunementDelta = 0);

public sealed record RelationshipView(
    string UserId, string BotName, double Affection, double Trust, double Attunement,
    int InteractionCount, DateTime? FirstInteraction, DateTime? LastInteraction);
