using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;

namespace WhisperAspire.Api.Problems;

/// <summary>
/// PostgreSQL's text and jsonb cannot hold U+0000, so a request carrying it anywhere would fail at the database as a
/// 500. One check before every route refuses it as a 400 naming where it is: a query key or value, a route value, or
/// the JSON path of a string (or object key) in the body. Doing it on the raw request covers every body type at once —
/// records, CDL documents, jsonb passed through as JSON — instead of a check per converter or per route.
/// </summary>
public static class NulCharacterGuard
{
    private const string Rule = "Text cannot contain U+0000 (the NUL character): PostgreSQL text and jsonb refuse it.";

    /// <summary>Place after <c>UseExceptionHandler</c>, so a body over the size limit still answers 413 through it.</summary>
    public static WebApplication UseNulCharacterGuard(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            if (await FindAsync(context) is { } field)
            {
                await ProblemResults.Field(field, Rule).ExecuteAsync(context);
                return;
            }

            await next(context);
        });
        return app;
    }

    private static async Task<string?> FindAsync(HttpContext context)
    {
        var request = context.Request;
        // Kestrel itself refuses %00 in the path (a bare 400); a proxy in front might decode it differently.
        foreach (var (key, value) in request.RouteValues)
        {
            if (key.Contains('\0') || value is string text && text.Contains('\0'))
            {
                return key;
            }
        }

        foreach (var (key, values) in request.Query)
        {
            if (key.Contains('\0') || values.Any(v => v?.Contains('\0') == true))
            {
                return key.Replace('\0', '?');
            }
        }

        if (!request.HasJsonContentType() || context.Features.Get<IHttpRequestBodyDetectionFeature>()?.CanHaveBody != true)
        {
            return null;
        }

        // The body is read once here and handed on from memory; the server's size limit still applies while reading.
        var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, context.RequestAborted);
        buffer.Position = 0;
        request.Body = buffer;
        return JsonPathOfNul(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
    }

    /// <summary>
    /// The JSON path (as System.Text.Json writes it) of the first string or property name holding U+0000; null when
    /// there is none, or when the JSON is malformed (the route's own reading then says how).
    /// </summary>
    public static string? JsonPathOfNul(ReadOnlySpan<byte> json)
    {
        // A raw 0x00 byte is not JSON at all, so only the escape can carry the character.
        if (json.IndexOf("\\u0000"u8) < 0)
        {
            return null;
        }

        var frames = new List<Frame>();
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = 256 });
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject or JsonTokenType.StartArray:
                        Advance(frames);
                        frames.Add(new Frame(reader.TokenType == JsonTokenType.StartArray));
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        frames.RemoveAt(frames.Count - 1);
                        break;
                    case JsonTokenType.PropertyName:
                        frames[^1].Property = reader.GetString();
                        if (HasNul(ref reader))
                        {
                            return Path(frames);
                        }

                        break;
                    default:
                        Advance(frames);
                        if (reader.TokenType == JsonTokenType.String && HasNul(ref reader))
                        {
                            return Path(frames);
                        }

                        break;
                }
            }
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            return null;
        }

        return null;
    }

    private static bool HasNul(ref Utf8JsonReader reader) => reader.ValueIsEscaped && reader.GetString()!.Contains('\0');

    /// <summary>A value inside an array is its next element.</summary>
    private static void Advance(List<Frame> frames)
    {
        if (frames.Count > 0 && frames[^1].IsArray)
        {
            frames[^1].Index++;
        }
    }

    private static string Path(List<Frame> frames) =>
        "$" + string.Concat(frames.Select(f => f.IsArray ? $"[{f.Index}]" : Member(f.Property)));

    private static string Member(string? name) =>
        name is null ? "" : name.All(c => char.IsLetterOrDigit(c) || c == '_') ? "." + name : $"['{name.Replace("\0", "\\u0000", StringComparison.Ordinal)}']";

    private sealed class Frame(bool isArray)
    {
        public bool IsArray { get; } = isArray;

        public int Index { get; set; } = -1;

        public string? Property { get; set; }
    }
}
