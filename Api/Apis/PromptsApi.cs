using WhisperAspire.Api.Problems;
using WhisperAspire.Api.Prompts;

namespace WhisperAspire.Api.Apis;

/// <summary>Character-aware system prompts: for a named character, or for the bot this Api runs as (DISCORD_BOT_NAME).</summary>
public static class PromptsApi
{
    /// <summary>The setting WhisperEngine bots use to name their character; never a name written into code.</summary>
    public const string DefaultCharacterSetting = "DISCORD_BOT_NAME";

    public static IEndpointRouteBuilder MapPromptsApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/characters/{name}/prompt", ForCharacterAsync).WithTags("Prompts").WithName("BuildCharacterPrompt")
            .WithSummary("The system prompt for this character talking to this user: CDL plus facts, relationship, recent summaries and knowledge.");
        app.MapPost("/api/prompt", ForDefaultCharacterAsync).WithTags("Prompts").WithName("BuildPrompt")
            .WithSummary($"As /api/characters/{{name}}/prompt, for the character named by {DefaultCharacterSetting}.");
        return app;
    }

    private static Task<IResult> ForCharacterAsync(string name, PromptRequest request, PromptService prompts, CancellationToken cancellationToken) =>
        BuildAsync(name, request, prompts, cancellationToken);

    private static async Task<IResult> ForDefaultCharacterAsync(PromptRequest request, PromptService prompts, IConfiguration configuration, CancellationToken cancellationToken) =>
        configuration[DefaultCharacterSetting] is { Length: > 0 } name
            ? await BuildAsync(name, request, prompts, cancellationToken)
            : ProblemResults.NotFound("No default character",
                $"{DefaultCharacterSetting} is not set for the Api. Set it to a character's name, or POST /api/characters/{{name}}/prompt.");

    private static async Task<IResult> BuildAsync(string name, PromptRequest request, PromptService prompts, CancellationToken cancellationToken) =>
        await prompts.BuildAsync(name, request.UserId, request.Message, cancellationToken) switch
        {
            PromptService.Built built => TypedResults.Ok(new PromptResponse(name, request.UserId, built.Prompt.SystemPrompt, built.Prompt.Sections)),
            PromptService.Banned banned => TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "User is banned",
                detail: $"'{request.UserId}' is banned from '{name}': {banned.Ban.Reason ?? "no reason given"} (by {banned.Ban.BannedBy}, {banned.Ban.BannedAt:u})."),
            _ => ProblemResults.UnknownCharacter(name),
        };
}
