using System.ComponentModel.DataAnnotations;

namespace WhisperAspire.Api.Moderation;

/// <summary>
/// Banning takes the seed's fields (<c>reason</c>) or production's (<c>banReason</c>, <c>expiresAt</c>, <c>notes</c>);
/// the two reasons are one fact, so either fills both columns.
/// </summary>
public sealed record BanRequest(
    [property: Required, MaxLength(255)] string BannedBy,
    [property: MaxLength(2_000)] string? Reason,
    [property: MaxLength(2_000)] string? BanReason = null,
    DateTimeOffset? ExpiresAt = null,
    [property: MaxLength(10_000)] string? Notes = null);

public sealed record UnbanRequest([property: Required, MaxLength(255)] string UnbannedBy, [property: MaxLength(2_000)] string? UnbanReason = null);

/// <summary>
/// A Discord user's one ban (production's UNIQUE(discord_user_id)): which bot placed it, who and when, both ways, and
/// whether it holds now (active and not expired).
/// </summary>
public sealed record BanView(
    string UserId, string DiscordUserId, string BotName, string? Reason, string? BanReason, DateTime? BannedAt, string? BannedBy,
    DateTime? ExpiresAt, string? Notes, DateTime? UnbannedAt, string? UnbannedBy, string? UnbanReason, bool IsActive);
