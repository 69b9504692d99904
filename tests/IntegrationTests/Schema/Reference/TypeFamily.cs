using System.Text.RegularExpressions;

namespace WhisperAspire.IntegrationTests.Schema.Reference;

/// <summary>
/// Rule 2 of docs/schema.md: a column keeps another side's type when it has the same type or a wider one of the same
/// family (varchar(n) → varchar(m ≥ n) or text, numeric(p,s) → as many digits on each side of the point, smallint →
/// integer → bigint, real → double precision). Types are written as format_type writes them.
/// </summary>
public static partial class TypeFamily
{
    private static readonly string[] Integers = ["smallint", "integer", "bigint"];
    private static readonly string[] Floats = ["real", "double precision"];

    public static bool Holds(string wanted, string actual)
    {
        wanted = wanted.Trim().ToLowerInvariant();
        actual = actual.Trim().ToLowerInvariant();
        if (wanted == actual)
        {
            return true;
        }

        if (wanted.EndsWith("[]", StringComparison.Ordinal) || actual.EndsWith("[]", StringComparison.Ordinal))
        {
            return wanted.EndsWith("[]", StringComparison.Ordinal) && actual.EndsWith("[]", StringComparison.Ordinal)
                && Holds(wanted[..^2], actual[..^2]);
        }

        if (IsText(wanted))
        {
            // text and an unbounded varchar hold anything; a bounded varchar holds a shorter bound only.
            return IsText(actual) && (Length(actual) is not { } actualLength || Length(wanted) is { } wantedLength && actualLength >= wantedLength);
        }

        if (Numeric(wanted) is { } w)
        {
            return actual == "numeric" || Numeric(actual) is { } a && a.Scale >= w.Scale && a.Precision - a.Scale >= w.Precision - w.Scale;
        }

        return Wider(Integers, wanted, actual) || Wider(Floats, wanted, actual);
    }

    /// <summary>A seed type as written in its DDL (<c>VARCHAR(100)</c>, <c>FLOAT</c>, <c>SERIAL</c>, <c>TEXT[]</c>) in format_type's words.</summary>
    public static string FromSeed(string seedType)
    {
        var type = Spaces().Replace(seedType.Trim().ToUpperInvariant(), " ");
        if (type.EndsWith("[]", StringComparison.Ordinal))
        {
            return FromSeed(type[..^2]) + "[]";
        }

        var match = Sized().Match(type);
        var name = match.Groups["name"].Value;
        var size = match.Groups["size"].Success ? "(" + Spaces().Replace(match.Groups["size"].Value, "") + ")" : "";
        return name switch
        {
            "INT" or "INTEGER" or "INT4" or "SERIAL" => "integer",
            "BIGINT" or "INT8" or "BIGSERIAL" => "bigint",
            "SMALLINT" or "INT2" or "SMALLSERIAL" => "smallint",
            "BOOLEAN" or "BOOL" => "boolean",
            "FLOAT" or "FLOAT8" or "DOUBLE PRECISION" => "double precision",
            "REAL" or "FLOAT4" => "real",
            "NUMERIC" or "DECIMAL" => "numeric" + size,
            "VARCHAR" or "CHARACTER VARYING" => "character varying" + size,
            "CHAR" or "CHARACTER" => "character" + (size == "" ? "(1)" : size),
            "TEXT" => "text",
            "TIMESTAMP" or "TIMESTAMP WITHOUT TIME ZONE" => "timestamp without time zone",
            "TIMESTAMPTZ" or "TIMESTAMP WITH TIME ZONE" => "timestamp with time zone",
            "DATE" => "date",
            "TIME" => "time without time zone",
            "JSON" => "json",
            "JSONB" => "jsonb",
            "UUID" => "uuid",
            "TSVECTOR" => "tsvector",
            "BYTEA" => "bytea",
            _ => throw new FormatException($"The seed type {seedType} has no known format_type."),
        };
    }

    private static bool IsText(string type) => type == "text" || type.StartsWith("character varying", StringComparison.Ordinal);

    /// <summary>The length limit of a varchar; null for text and an unbounded varchar.</summary>
    private static int? Length(string type) =>
        Size().Match(type) is { Success: true } m && type.StartsWith("character varying", StringComparison.Ordinal) ? int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : null;

    private static (int Precision, int Scale)? Numeric(string type) =>
        NumericSize().Match(type) is { Success: true } m
            ? (int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), m.Groups[2].Success ? int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) : 0)
            : null;

    private static bool Wider(string[] ladder, string wanted, string actual) =>
        Array.IndexOf(ladder, wanted) is >= 0 and var w && Array.IndexOf(ladder, actual) >= w;

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^(?<name>[A-Z][A-Z0-9 ]*?)\s*(?:\((?<size>[0-9 ,]+)\))?$")]
    private static partial Regex Sized();

    [GeneratedRegex(@"\((\d+)\)")]
    private static partial Regex Size();

    [GeneratedRegex(@"^numeric\((\d+)(?:,\s*(\d+))?\)$")]
    private static partial Regex NumericSize();
}
