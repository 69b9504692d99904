using Microsoft.AspNetCore.Http.HttpResults;
using WhisperAspire.Api.Characters;

namespace WhisperAspire.Api.Problems;

/// <summary>The ProblemDetails the routes share, each naming what was wrong and the way out.</summary>
public static class ProblemResults
{
    public static ValidationProblem Field(string field, string rule) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [rule] });

    public static IResult UnknownCharacter(string name) =>
        NotFound("Unknown character", $"No character is named '{name}'. GET /api/characters lists them; PUT /api/characters/{{name}} creates one.");

    public static IResult UnknownSection(CdlDocument document, string section) =>
        NotFound("Unknown section", $"A CDL document has no section '{section}'. Sections: {string.Join(", ", document.Sections.Keys)}.");

    public static IResult NotFound(string title, string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: title, detail: detail);

    public static IResult Conflict(string title, string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: title, detail: detail);
}
