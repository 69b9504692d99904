using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using WhisperAspire.Api.Characters;
using WhisperAspire.Data;
using WhisperAspire.Data.Model.Advanced;
using WhisperAspire.Data.Model.Core;

namespace WhisperAspire.UnitTests.Api;

/// <summary>The CDL document's shape, derived from the EF model.</summary>
public sealed class CdlDocumentTests : IDisposable
{
    private readonly WhisperEngineDbContext _db;
    private readonly CdlDocument _document;

    public CdlDocumentTests()
    {
        var options = new DbContextOptionsBuilder<WhisperEngineDbContext>().UseNpgsql("Host=unused");
        WhisperEngineDbContext.UseNamingConvention(options);
        _db = new WhisperEngineDbContext(options.Options);
        _document = new CdlDocument(_db.Model);
    }

    [Fact]
    public void The_row_comes_first_then_core_sections_then_advanced_ones_without_keys_or_timestamps()
    {
        var character = new Character { Id = 7, Name = "shape", DisplayName = "Shape", CreatedAt = DateTime.Now };
        character.PersonalityTraits.Add(new PersonalityTrait { Id = 3, CharacterId = 7, TraitName = "openness", TraitValue = 0.5m });
        character.Abilities.Add(new CharacterAbility { Id = 4, CharacterId = 7, Category = "craft", AbilityName = "rowing" });

        var json = JsonNode.Parse(JsonSerializer.Serialize(character, _document.Options))!.AsObject();
        var keys = json.Select(p => p.Key).ToList();

        Assert.Equal(["name", "displayName"], keys.Take(2));
        Assert.True(keys.IndexOf("personalityTraits") < keys.IndexOf("abilities"), string.Join(", ", keys));
        Assert.True(keys.IndexOf("identity") < keys.IndexOf("roleplayConfig") || !keys.Contains("identity"), string.Join(", ", keys));
        Assert.False(json.ContainsKey("id"));
        Assert.False(json.ContainsKey("createdAt"));
        Assert.False(json["personalityTraits"]![0]!.AsObject().ContainsKey("characterId"));
    }

    [Fact]
    public void Every_section_is_a_navigation_and_secrets_are_not_part_of_the_document()
    {
        Assert.Contains("interests", _document.Sections.Keys);
        Assert.Contains("memoryManagerConfig", _document.Sections.Keys);
        Assert.DoesNotContain("botDeployments", _document.Sections.Keys);
        var config = JsonSerializer.Serialize(new CharacterDiscordConfig { DiscordBotToken = "SENTINEL" }, _document.Options);
        Assert.DoesNotContain("SENTINEL", config, StringComparison.Ordinal);
    }

    public void Dispose() => _db.Dispose();
}
