using System.Collections;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace WhisperAspire.Api.Problems;

/// <summary>
/// A get-only list filled in place (the entities' sections) cannot take <c>null</c>: System.Text.Json would throw an
/// InvalidOperationException without a path, a 500. This modifier gives such lists a setter that refuses null with a
/// <see cref="JsonRuleException"/>, which the serializer fills with the field's JSON path, so it answers as a 400.
/// </summary>
public static class NullCollections
{
    public static void RefuseNull(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        foreach (var property in typeInfo.Properties.Where(IsFilledInPlace))
        {
            var get = property.Get!;
            property.Set = (owner, value) =>
            {
                if (value is null)
                {
                    throw new JsonRuleException("A list, not null: send [] for none.");
                }

                // Filling in place never reaches here with a new list; should it, keep its rows all the same.
                if (!ReferenceEquals(get(owner), value) && get(owner) is IList target)
                {
                    foreach (var item in (IEnumerable)value)
                    {
                        target.Add(item);
                    }
                }
            };
        }
    }

    private static bool IsFilledInPlace(JsonPropertyInfo property) =>
        property is { Set: null, Get: not null }
        && property.PropertyType != typeof(string)
        && typeof(IEnumerable).IsAssignableFrom(property.PropertyType);
}

/// <summary>A rule a JSON value broke, in the caller's words; the serializer adds the path.</summary>
public sealed class JsonRuleException(string rule) : JsonException(rule);
