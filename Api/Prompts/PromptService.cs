using System.Diagnostics;
using WhisperAspire.Api.Characters;

namespace WhisperAspire.Api.Prompts;

/// <summary>Reads the character and the user's knowledge (two round trips) and builds the prompt, unless the user is banned.</summary>
public sealed class PromptService(CharacterStore characters, UserKnowledgeReader knowledge, PromptTelemetry telemetry)
{
    public abstract record Outcome;

    public sealed record UnknownCharacter : Outcome;

    public sealed record Banned(ActiveBan Ban) : Outcome;

    public sealed record Built(PromptResult Prompt) : Outcome;

    public async Task<Outcome> BuildAsync(string characterName, string userId, string message, CancellationToken cancellationToken)
    {
        using var activity = telemetry.StartBuilding(characterName, userId);
        if (await characters.ReadAsync(characterName, cancellationToken) is not { } character)
        {
            activity?.SetStatus(ActivityStatusCode.Error, "unknown character");
            return new UnknownCharacter();
        }

        var user = await knowledge.ReadAsync(userId, character.Name, cancellationToken);
        if (user.Ban is { } ban)
        {
            activity?.SetTag("whisperaspire.prompt.refused", "banned");
            return new Banned(ban);
        }

        var prompt = PromptBuilder.Build(character, user, message);
        telemetry.Built(character.Name, prompt, activity);
        return new Built(prompt);
    }
}
