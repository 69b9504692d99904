using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Microsoft.EntityFrameworkCore.Metadata;
using WhisperAspire.Data.Model.Core;

namespace WhisperAspire.Api.Characters;

/// <summary>
/// A character's whole CDL definition as one JSON document: the character and every character_* row, nested as the
/// model's navigations nest them. The document's shape is derived from the EF model rather than kept as a second set of
/// types: keys, foreign keys, back-references and row timestamps are left out (they belong to the database, not to
/// the definition), so an exported document imports under any name and exports again equal.
/// </summary>
public sealed class CdlDocument(IModel model)
{
    // Deployments hold an encrypted Discord token and have their own routes; they are not part of a definition.
    private static readonly HashSet<string> Excluded = [nameof(Character.BotDeployments), "CreatedAt", "UpdatedAt"];

    public JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        // Collections on the entities are get-only lists: fill them rather than replace them.
        PreferredObjectCreationHandling = JsonObjectCreationHandling.Populate,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { typeInfo => LeaveOutDatabaseDetails(model, typeInfo) } },
    };

    private static void LeaveOutDatabaseDetails(IModel model, JsonTypeInfo typeInfo)
    {
        if (model.FindEntityType(typeInfo.Type) is not { } entity)
        {
            return;
        }

        var databaseOnly = entity.GetKeys().SelectMany(k => k.Properties).Select(p => p.Name)
            .Concat(entity.GetForeignKeys().SelectMany(fk => fk.Properties).Select(p => p.Name))
            .Concat(entity.GetNavigations().Where(n => n.IsOnDependent).Select(n => n.Name))
            .Concat(Excluded)
            .ToHashSet(StringComparer.Ordinal);
        foreach (var property in typeInfo.Properties.Where(p => p.AttributeProvider is System.Reflection.MemberInfo member && databaseOnly.Contains(member.Name)).ToList())
        {
            typeInfo.Properties.Remove(property);
        }

        if (typeInfo.Type == typeof(Character))
        {
            // The route names the character; a document exported from another one still imports.
            typeInfo.Properties.Single(p => p.Name == "name").IsRequired = false;
        }
    }
}
