using System.Collections;
using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore.Metadata;
using WhisperAspire.Data.Model.Advanced;
using WhisperAspire.Data.Model.Core;

namespace WhisperAspire.Api.Characters;

/// <summary>
/// Checks a CDL document against the schema itself: every string within its column's length, every number within its
/// NUMERIC precision, the Big Five values within 0–1, and the values a table's check allows. Errors are keyed by the field's path in the document.
/// </summary>
public sealed class CdlValidator(IModel model)
{
    public Dictionary<string, string[]> Validate(Character character) => Validate(character, "");

    /// <summary>One section's value (a row, or a list of rows) under its JSON name.</summary>
    public Dictionary<string, string[]> Validate(object? value, string path)
    {
        var errors = new Dictionary<string, string[]>();
        switch (value)
        {
            case IEnumerable rows and not string:
                var index = 0;
                foreach (var row in rows)
                {
                    VisitRow(row, $"{path}[{index++}]", errors);
                }

                break;
            case { } row:
                Visit(row, path, errors);
                break;
        }

        return errors;
    }

    private void Visit(object instance, string path, Dictionary<string, string[]> errors)
    {
        if (model.FindEntityType(instance.GetType()) is not { } entity)
        {
            return;
        }

        foreach (var property in entity.GetProperties().Where(p => p.PropertyInfo is not null))
        {
            var field = Path(path, property.Name);
            var value = property.PropertyInfo!.GetValue(instance);
            if (value is string text && property.GetMaxLength() is { } maxLength && text.Length > maxLength)
            {
                errors[field] = [$"At most {maxLength} characters (the column is varchar({maxLength}))."];
            }
            else if (value is decimal number && property.GetPrecision() is { } precision && !Fits(number, precision, property.GetScale() ?? 0))
            {
                errors[field] = [$"At most {precision - (property.GetScale() ?? 0)} digit(s) before the point and {property.GetScale() ?? 0} after (the column is numeric({precision},{property.GetScale() ?? 0}))."];
            }
            else if (value is null && !property.IsNullable && !property.ValueGenerated.HasFlag(ValueGenerated.OnAdd))
            {
                errors[field] = ["Required."];
            }
        }

        if (instance is PersonalityTrait { TraitValue: < 0m or > 1m })
        {
            errors[Path(path, nameof(PersonalityTrait.TraitValue))] = ["A Big Five value lies between 0 and 1."];
        }

        if (instance is CharacterModeGuidance guidance && !CharacterModeGuidance.GuidanceTypes.Contains(guidance.GuidanceType))
        {
            errors[Path(path, nameof(CharacterModeGuidance.GuidanceType))] = [$"One of: {string.Join(", ", CharacterModeGuidance.GuidanceTypes)}."];
        }

        foreach (var navigation in entity.GetNavigations().Where(n => !n.IsOnDependent))
        {
            switch (navigation.PropertyInfo?.GetValue(instance))
            {
                case IEnumerable items and not string:
                    var index = 0;
                    foreach (var item in items)
                    {
                        VisitRow(item, $"{Path(path, navigation.Name)}[{index++}]", errors);
                    }

                    break;
                case { } single:
                    Visit(single, Path(path, navigation.Name), errors);
                    break;
            }
        }
    }

    /// <summary>A list's element must be a row: <c>[null]</c> is refused here rather than failing on insert.</summary>
    private void VisitRow(object? row, string path, Dictionary<string, string[]> errors)
    {
        if (row is null)
        {
            errors[path] = ["A row (a JSON object), not null."];
        }
        else
        {
            Visit(row, path, errors);
        }
    }

    private static bool Fits(decimal number, int precision, int scale) =>
        decimal.Round(number, scale) == number && Math.Abs(decimal.Truncate(number)).ToString(CultureInfo.InvariantCulture).TrimStart('0').Length <= precision - scale;

    private static string Path(string parent, string property)
    {
        var name = JsonNamingPolicy.CamelCase.ConvertName(property);
        return parent.Length == 0 ? name : $"{parent}.{name}";
    }
}
