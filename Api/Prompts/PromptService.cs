using System.Diagnostics;
using WhisperAspire.Api.Characters;

namespace WhisperAspire.Api.Prompts;

/// <summary>Reads the character and the user's knowledge (one round trip) and builds the prompt, unless the user is banned.</summary>
public sealed class PromptService(CharacterStore characters, PromptTelemetry telemetry)
{
    public abstract record Outcome;

    public sealed record UnknownCharacter : Outcome;

    public sealed record Banned(ActiveBan Ban) : Outcome;

    public sealed record Built(PromptResult Prompt) : Outcome;

    public async Task<Outcome> BuildAsync(string characterName, string userId, string message, CancellationToken cancellationToken)
    {
        using var activity = telemetry.StartBuilding(characterName, userId);
        // bot_name in the user tables is the character's name.
        var (found, user) = await characters.ReadAsync(characterName,
            batch => UserKnowledgeReader.AddTo(batch, userId, characterName), UserKnowledgeReader.ReadFromAsync, cancellationToken);
        if (found is not { } character)
        {
            activity?.SetStatus(ActivityStatusCode.Error, "unknown character");
            return new UnknownCharacter();
        }

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
