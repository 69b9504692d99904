using System.Globalization;
using System.Text;
using WhisperAspire.Data.Model.Core;

namespace WhisperAspire.Api.Prompts;

public sealed record PromptResult(string SystemPrompt, IReadOnlyList<string> Sections);

/// <summary>
/// Assembles a character-aware system prompt from a CDL definition and what the database knows about the user, as
/// WhisperEngine's <c>create_character_aware_prompt</c> does. A pure function: no clock, no randomness, every list in
/// the order it arrives (the readers order them), numbers in the invariant culture, so equal data gives an equal prompt.
/// A section that has nothing to say is left out and not listed.
/// </summary>
public static class PromptBuilder
{
    public static PromptResult Build(Character character, UserKnowledge user, string message)
    {
        var prompt = new Prompt();
        var name = character.DisplayName ?? character.Name;

        prompt.Section("identity", Identity(character, name));
        prompt.Section("personality", Lines("Your personality (Big Five, 0–1):",
            character.PersonalityTraits.Select(t => $"{t.TraitName}: {Number(t.TraitValue)}{Suffix(t.Intensity)}{Sentence(t.Description)}")));
        prompt.Section("values", Lines("What you value:",
            character.Values.Select(v => $"{v.ValueKey}: {v.ValueDescription}{Suffix(v.ImportanceLevel)}")));
        prompt.Section("communication", Communication(character));
        // Production's communication patterns and response guidelines, in the order WhisperEngine's CDL manager reads them.
        prompt.Section("patterns", Lines("Your communication patterns:", character.CommunicationPatterns
            .OrderByDescending(p => p.Frequency, StringComparer.Ordinal).ThenBy(p => p.PatternType, StringComparer.Ordinal).ThenBy(p => p.Id)
            .Select(p => $"{p.PatternType} — {p.PatternName}: {p.PatternValue}{Suffix(p.Context)}")));
        prompt.Section("background", Background(character.Background));
        prompt.Section("interests", Lines("Your interests:", character.Interests.Select(i =>
            i.InterestName + Suffix(i.ExpertiseLevel) + (i.Topics.Count > 0 ? ": " + string.Join(", ", i.Topics.Select(t => t.TopicName)) : ""))));
        prompt.Section("memories", Lines("Memories that shaped you:", character.Memories.Select(m => $"{m.Title ?? m.MemoryType}: {m.Description}")));
        prompt.Section("emotions", Lines("Your emotional baseline:",
            character.EmotionalStates.Select(e => $"{e.EmotionName}: {Number(e.BaselineIntensity)}")));
        prompt.Section("speech", Lines("How you speak:", character.SpeechPatterns.Select(p => $"{p.PatternType}: {p.PatternValue}")
            .Concat(character.Vocabulary.Select(v => $"{v.Preference}: \"{v.WordOrPhrase}\""))));
        prompt.Section("directives", Lines("Directives:", character.Directives.Where(d => d.Active != false)
            .OrderBy(d => d.Priority ?? int.MaxValue).ThenBy(d => d.DisplayOrder ?? int.MaxValue).Select(d => d.DirectiveText)));
        prompt.Section("guidelines", Lines("Response guidelines:", character.ResponseGuidelines
            .OrderByDescending(g => g.Priority ?? 0).ThenByDescending(g => g.IsCritical == true).ThenBy(g => g.Id)
            .Select(g => (g.IsCritical == true ? "CRITICAL " : "") + (g.GuidelineName ?? g.GuidelineType) + ": " + g.GuidelineContent)));

        prompt.Section("relationship", user.Relationship is { } r
            ? $"Your relationship with this user after {r.InteractionCount} interaction(s): affection {Number(r.Affection)}, trust {Number(r.Trust)}, attunement {Number(r.Attunement)} (0–1)."
            : null);
        prompt.Section("facts", Lines("What you know about this user:",
            user.Facts.Select(f => $"{f.FactType}: {f.FactValue}{(f.Confidence is { } c ? $" (confidence {Number(c)})" : "")}")));
        prompt.Section("summaries", Lines("Your recent conversations with this user:",
            user.Summaries.Select(s => $"{s.ConversationDate:yyyy-MM-dd}: {s.SummaryText}{Suffix(s.EmotionalTone)}")));
        prompt.Section("entities", Lines("Things in this user's life:",
            user.Entities.Select(e => $"{e.EntityName} ({e.EntityType}): {e.RelationshipType}")));
        prompt.Section("message", $"The user's message: {message}");

        return prompt.Result();
    }

    private static string Identity(Character character, string name)
    {
        var text = new StringBuilder($"You are {name}");
        if (character.Identity is { } identity)
        {
            text.Append(identity.FullName is { } full && full != name ? $" ({full})" : "")
                .Append(identity.Occupation is { } occupation ? $", {occupation}" : "")
                .Append(identity.Age is { } age ? $", aged {age.ToString(CultureInfo.InvariantCulture)}" : "")
                .Append('.')
                .Append(Sentence(identity.Description));
        }
        else
        {
            text.Append('.');
        }

        return text.ToString();
    }

    private static string? Communication(Character character)
    {
        var parts = new List<string>();
        if (character.Communication is { } c)
        {
            parts.AddRange(new[] { Labelled("tone", c.Tone), Labelled("humour", c.HumorStyle), Labelled("pacing", c.ConversationPacing) }.OfType<string>());
        }

        parts.AddRange(character.CommunicationStyles.SelectMany(s => new[]
        {
            Labelled("formality", s.Formality), Labelled("engagement", s.EngagementLevel is null ? null : Number(s.EngagementLevel)), Labelled("emotional expression", s.EmotionalExpression is null ? null : Number(s.EmotionalExpression)),
            Labelled("response length", s.ResponseLength), Labelled("flow", s.ConversationFlowGuidance), Labelled("on being an AI", s.AiIdentityHandling),
        }).OfType<string>());
        return parts.Count == 0 ? null : "How you communicate: " + string.Join("; ", parts) + ".";
    }

    // A seed-style row is one life story in named fields; production's rows are entries by category, the most important first.
    private static string? Background(IEnumerable<CharacterBackground> entries) => Lines("Your background:", entries
        .OrderByDescending(b => b.ImportanceLevel ?? 0).ThenBy(b => b.Id)
        .SelectMany(b => HasSeedFields(b)
            ? new[]
            {
                Labelled("childhood", b.Childhood), Labelled("education", b.Education), Labelled("career", b.CareerPath),
                Labelled("family", b.FamilyBackground), Labelled("formative experiences", b.FormativeExperiences),
                Labelled("major life events", b.MajorLifeEvents),
            }
            : [Labelled(b.Category ?? "background", string.Join(" — ", new[] { b.Title, b.Period ?? b.DateRange, b.Description }.Where(p => !string.IsNullOrWhiteSpace(p))))])
        .OfType<string>());

    private static bool HasSeedFields(CharacterBackground b) =>
        new[] { b.Childhood, b.Education, b.CareerPath, b.FamilyBackground, b.FormativeExperiences, b.MajorLifeEvents }.Any(f => f is not null);

    private static string? Lines(string heading, IEnumerable<string> lines)
    {
        var items = lines.ToList();
        return items.Count == 0 ? null : heading + "\n" + string.Join("\n", items.Select(l => "- " + l));
    }

    private static string? Labelled(string label, string? value) => string.IsNullOrWhiteSpace(value) ? null : $"{label}: {value}";

    private static string Suffix(string? value) => string.IsNullOrWhiteSpace(value) ? "" : $" ({value})";

    private static string Sentence(string? value) => string.IsNullOrWhiteSpace(value) ? "" : " " + value;

    private static string Number(decimal? value) => value?.ToString("0.00", CultureInfo.InvariantCulture) ?? "?";

    private static string Number(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    private sealed class Prompt
    {
        private readonly StringBuilder _text = new();
        private readonly List<string> _sections = [];

        public void Section(string name, string? text)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                return;
            }

            _text.Append(_text.Length == 0 ? "" : "\n\n").Append(text);
            _sections.Add(name);
        }

        public PromptResult Result() => new(_text.ToString(), _sections);
    }
}
