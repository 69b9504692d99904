using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace WhisperAspire.Api.Prompts;

/// <summary>A span around each prompt built (its database reads nest under it) and a count of prompts per character.</summary>
public sealed class PromptTelemetry
{
    public const string Name = "WhisperAspire.Api.Prompts";

    private static readonly ActivitySource Source = new(Name);

    private readonly Counter<long> _built;

    public PromptTelemetry(IMeterFactory meters) =>
        _built = meters.Create(Name).CreateCounter<long>("whisperaspire.prompts.built", "{prompt}", "Character-aware prompts built, per character.");

    public Activity? StartBuilding(string character, string userId)
    {
        var activity = Source.StartActivity("build prompt");
        activity?.SetTag("whisperaspire.character", character);
        activity?.SetTag("enduser.id", userId);
        return activity;
    }

    public void Built(string character, PromptResult result, Activity? activity)
    {
        _built.Add(1, new KeyValuePair<string, object?>("whisperaspire.character", character));
        activity?.SetTag("whisperaspire.prompt.sections", string.Join(",", result.Sections));
        activity?.SetTag("whisperaspire.prompt.length", result.SystemPrompt.Length);
    }
}
