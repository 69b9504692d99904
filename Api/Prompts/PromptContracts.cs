using System.ComponentModel.DataAnnotations;

namespace WhisperAspire.Api.Prompts;

public sealed record PromptRequest(
    [property: Required, MaxLength(255)] string UserId,
    [property: Required, MaxLength(4_000)] string Message);

/// <summary>The system prompt and, in order, the sections that contributed to it.</summary>
public sealed record PromptResponse(string Character, string UserId, string SystemPrompt, IReadOnlyList<string> Sections);
