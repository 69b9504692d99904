using System.ComponentModel.DataAnnotations;

namespace WhisperAspire.Api.Moderation;

public sealed record BanRequest([property: Required, MaxLength(255)] string BannedBy, [property: MaxLength(2_000)] string? Reason);

public sealed record UnbanRequest([property: Required, MaxLength(255)] string UnbannedBy);

/// <summary>The audit trail of one user's ban from one bot: who and when, both ways, and whether it holds now.</summary>
public sealed record BanView(
    string UserId, string BotName, string? Reason, DateTime? BannedAt, string? BannedBy, DateTime? UnbannedAt, string? UnbannedBy, bool IsActive);
