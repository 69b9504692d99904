using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using WhisperAspire.Api.Problems;
using WhisperAspire.Data.Model.Advanced;
using WhisperAspire.Data.Model.Core;

namespace WhisperAspire.Api.Characters;

/// <summary>
/// A character's whole CDL definition as one JSON document: the character and every character_* row, nested as the
/// model's navigations nest them. The document's shape is derived from the EF model rather than kept as a second set of
/// types: keys, foreign keys, back-references and row timestamps are left out (they belong to the database, not to
/// the definition), so an exported document imports under any name and exports again equal.
/// </summary>
public sealed class CdlDocument
{
    // Deployments hold an encrypted Discord token and have their own routes; they are not part of a definition.
    // The names and character keys that the database derives (from the name the route gives, from the parent row) are
    // left out too, so a document imports under another name without carrying the old character's.
    private static readonly HashSet<string> Excluded =
    [
        nameof(Character.BotDeployments), "CreatedAt", "UpdatedAt", "CreatedDate", "UpdatedDate",
        nameof(Character.NormalizedName), nameof(CharacterEmotionalState.CharacterName), nameof(CharacterInterestTopic.CharacterId),
    ];

    /// <summary>Secrets never leave the database through a document (and a document never writes one).</summary>
    private static readonly HashSet<string> Secrets = [nameof(CharacterDiscordConfig.DiscordBotToken)];

    public CdlDocument(IModel model)
    {
        Model = model;
        Options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            // Collections on the entities are get-only lists: fill them rather than replace them.
            PreferredObjectCreationHandling = JsonObjectCreationHandling.Populate,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            // A misspelt section or field is refused by name rather than silently dropped from the definition.
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { LeaveOutDatabaseDetails, NullCollections.RefuseNull } },
        };
        Options.MakeReadOnly(populateMissingResolver: false);

        var character = model.FindEntityType(typeof(Character))!;
        Sections = Options.GetTypeInfo(typeof(Character)).Properties
            .Select(p => (p.Name, Navigation: character.FindNavigation(MemberName(p))))
            .Where(s => s.Navigation is not null)
            .ToDictionary(s => s.Name, s => s.Navigation!, StringComparer.Ordinal);
    }

    public IModel Model { get; }

    public JsonSerializerOptions Options { get; }

    /// <summary>The document's sections by their JSON name (<c>identity</c>, <c>personalityTraits</c>, ...), each one navigation of the character.</summary>
    public IReadOnlyDictionary<string, INavigation> Sections { get; }

    /// <summary>The CLR member a JSON property stands for.</summary>
    public static string MemberName(JsonPropertyInfo property) => ((MemberInfo)property.AttributeProvider!).Name;

    private void LeaveOutDatabaseDetails(JsonTypeInfo typeInfo)
    {
        if (Model.FindEntityType(typeInfo.Type) is not { } entity)
        {
            return;
        }

        var databaseOnly = entity.GetKeys().SelectMany(k => k.Properties).Select(p => p.Name)
            .Concat(entity.GetForeignKeys().SelectMany(fk => fk.Properties).Select(p => p.Name))
            .Concat(entity.GetNavigations().Where(n => n.IsOnDependent).Select(n => n.Name))
            .Concat(Excluded).Concat(Secrets)
            .ToHashSet(StringComparer.Ordinal);
        foreach (var property in typeInfo.Properties.Where(p => p.AttributeProvider is MemberInfo member && databaseOnly.Contains(member.Name)).ToList())
        {
            typeInfo.Properties.Remove(property);
        }

        // A jsonb column mapped to a string travels as the JSON it holds, not as a string of escaped JSON.
        foreach (var property in typeInfo.Properties.Where(p => p.PropertyType == typeof(string)))
        {
            if (entity.FindProperty(MemberName(property))?.GetColumnType() is "jsonb" or "json")
            {
                property.CustomConverter = RawJsonConverter.Instance;
            }
        }

        // The row's own values first, then its sections, the advanced-stage ones last: the document reads as the schema
        // grew. (The stage annotation is design-time only; the entities' namespaces follow the stages.)
        foreach (var property in typeInfo.Properties)
        {
            property.Order = entity.FindNavigation(MemberName(property)) is not { } navigation ? 0
                : navigation.TargetEntityType.ClrType.Namespace == typeof(CharacterAbility).Namespace ? 2 : 1;
        }

        if (typeInfo.Type == typeof(Character))
        {
            // The route names the character; a document exported from another one still imports.
            typeInfo.Properties.Single(p => p.Name == "name").IsRequired = false;
        }
    }

    /// <summary>Reads any JSON value into its text and writes that text back verbatim.</summary>
    private sealed class RawJsonConverter : JsonConverter<string>
    {
        public static readonly RawJsonConverter Instance = new();

        public override string Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            using var document = JsonDocument.ParseValue(ref reader);
            return document.RootElement.GetRawText();
        }

        public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteRawValue(value);
    }
}
