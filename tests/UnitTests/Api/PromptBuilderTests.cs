using System.Globalization;
using WhisperAspire.Api.Prompts;
using WhisperAspire.Data.Model.Advanced;
using WhisperAspire.Data.Model.Core;

namespace WhisperAspire.UnitTests.Api;

public sealed class PromptBuilderTests
{
    [Fact]
    public void A_bare_character_and_a_stranger_give_only_identity_and_message()
    {
        var result = PromptBuilder.Build(new Character { Name = "plain" }, UserKnowledge.None, "hello");

        Assert.Equal(["identity", "message"], result.Sections);
        Assert.Equal("You are plain.\n\nThe user's message: hello", result.SystemPrompt);
    }

    [Fact]
    public void Numbers_read_the_same_in_every_culture()
    {
        var character = new Character { Name = "c" };
        character.PersonalityTraits.Add(new PersonalityTrait { TraitName = "openness", TraitValue = 0.85m });
        var user = UserKnowledge.None with { Relationship = new RelationshipScores(0.5, 0.25, 1, 3) };

        var invariant = PromptBuilder.Build(character, user, "m").SystemPrompt;
        var previous = CultureInfo.CurrentCulture;
        try
        {
            // A comma-decimal culture, built by hand: this machine runs .NET in globalization-invariant mode.
            var comma = (CultureInfo)CultureInfo.InvariantCulture.Clone();
            comma.NumberFormat.NumberDecimalSeparator = ",";
            CultureInfo.CurrentCulture = comma;
            Assert.Equal(invariant, PromptBuilder.Build(character, user, "m").SystemPrompt);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }

        Assert.Contains("openness: 0.85", invariant, StringComparison.Ordinal);
        Assert.Contains("affection 0.50, trust 0.25, attunement 1.00", invariant, StringComparison.Ordinal);
    }

    [Fact]
    public void Directives_follow_priority_and_inactive_ones_are_left_out()
    {
        var character = new Character { Name = "c" };
        character.Directives.Add(new CharacterDirective { DirectiveType = "style", DirectiveText = "second", Priority = 2 });
        character.Directives.Add(new CharacterDirective { DirectiveType = "style", DirectiveText = "off", Priority = 0, Active = false });
        character.Directives.Add(new CharacterDirective { DirectiveType = "style", DirectiveText = "first", Priority = 1 });

        var prompt = PromptBuilder.Build(character, UserKnowledge.None, "m").SystemPrompt;

        Assert.Contains("Directives:\n- first\n- second", prompt, StringComparison.Ordinal);
        Assert.DoesNotContain("off", prompt, StringComparison.Ordinal);
    }

    [Fact]
    public void What_is_known_about_the_user_comes_after_the_character_in_a_fixed_order()
    {
        var user = new UserKnowledge(
            null,
            [new KnownFact("pet", "cat", 0.9)],
            new RelationshipScores(0.1, 0.2, 0.3, 4),
            [new RecentSummary(new DateOnly(2026, 3, 2), "talked boats", "calm")],
            [new KnownEntity("Porto", "place", "lives_in", 1)]);

        var result = PromptBuilder.Build(new Character { Name = "c", DisplayName = "Cee" }, user, "m");

        Assert.Equal(["identity", "relationship", "facts", "summaries", "entities", "message"], result.Sections);
        Assert.Contains("- pet: cat (confidence 0.90)", result.SystemPrompt, StringComparison.Ordinal);
        Assert.Contains("- 2026-03-02: talked boats (calm)", result.SystemPrompt, StringComparison.Ordinal);
        Assert.Contains("- Porto (place): lives_in", result.SystemPrompt, StringComparison.Ordinal);
        Assert.StartsWith("You are Cee.", result.SystemPrompt, StringComparison.Ordinal);
    }
}
