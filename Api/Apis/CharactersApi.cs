using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using WhisperAspire.Api.Characters;
using WhisperAspire.Api.Problems;
using WhisperAspire.Data;
using WhisperAspire.Data.Model.Core;

namespace WhisperAspire.Api.Apis;

/// <summary>Characters as CDL documents: list, read, create or replace, one section at a time, delete.</summary>
public static class CharactersApi
{
    private const int MaxPageSize = 100;

    public static IEndpointRouteBuilder MapCharactersApi(this IEndpointRouteBuilder app)
    {
        var characters = app.MapGroup("/api/characters").WithTags("Characters");
        characters.MapGet("/", ListAsync).WithName("ListCharacters");
        characters.MapGet("/{name}", GetAsync).WithName("GetCharacter")
            .WithSummary("The whole CDL document, assembled by PostgreSQL in one query.");
        characters.MapPut("/{name}", PutAsync).WithName("PutCharacter")
            .WithSummary("Create the character, or replace its whole definition, in one transaction.");
        characters.MapDelete("/{name}", DeleteAsync).WithName("DeleteCharacter");
        characters.MapGet("/{name}/{section}", GetSectionAsync).WithName("GetCharacterSection");
        characters.MapPut("/{name}/{section}", PutSectionAsync).WithName("PutCharacterSection")
            .WithSummary("Replace one section (a list of rows, or one row) of the definition.");
        return app;
    }

    public sealed record CharacterSummary(string Name, string? DisplayName, string? CharacterVersion);

    public sealed record CharacterPage(IReadOnlyList<CharacterSummary> Items, int Total, int Page, int PageSize);

    private static async Task<Results<Ok<CharacterPage>, ValidationProblem>> ListAsync(
        WhisperEngineDbContext db, string? name, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var (number, size) = (page ?? 1, pageSize ?? 20);
        if (number < 1 || size is < 1 or > MaxPageSize)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                [number < 1 ? "page" : "pageSize"] = [number < 1 ? "Pages count from 1." : $"Between 1 and {MaxPageSize}."],
            });
        }

        var query = db.Characters.AsNoTracking();
        if (!string.IsNullOrEmpty(name))
        {
            query = query.Where(c => EF.Functions.ILike(c.Name, "%" + EscapeLike(name) + "%"));
        }

        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderBy(c => c.Name).Skip((number - 1) * size).Take(size)
            .Select(c => new CharacterSummary(c.Name, c.DisplayName, c.CharacterVersion))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new CharacterPage(items, total, number, size));
    }

    private static async Task<IResult> GetAsync(CharacterStore store, CdlDocument document, string name, CancellationToken cancellationToken) =>
        await store.ReadAsync(name, cancellationToken) is { } character ? Results.Json(character, document.Options) : ProblemResults.UnknownCharacter(name);

    private static async Task<IResult> PutAsync(
        HttpRequest request, CharacterStore store, CdlDocument document, CdlValidator validator, string name, CancellationToken cancellationToken)
    {
        if (ValidateName(name) is { } badName)
        {
            return badName;
        }

        var character = await RequestJson.ReadAsync<Character>(request, document.Options, cancellationToken);
        if (character is null)
        {
            return ProblemResults.Field("$", "A CDL document (a JSON object) is required.");
        }

        character.Name = name;
        if (validator.Validate(character) is { Count: > 0 } errors)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var outcome = await store.ReplaceAsync(name, character, cancellationToken);
        var saved = await store.ReadAsync(name, cancellationToken);
        return Results.Json(saved, document.Options, statusCode: outcome == CharacterStore.Outcome.Created ? StatusCodes.Status201Created : StatusCodes.Status200OK);
    }

    private static async Task<IResult> GetSectionAsync(CharacterStore store, CdlDocument document, string name, string section, CancellationToken cancellationToken)
    {
        if (!document.Sections.TryGetValue(section, out var navigation))
        {
            return ProblemResults.UnknownSection(document, section);
        }

        if (await store.ReadAsync(name, cancellationToken) is not { } character)
        {
            return ProblemResults.UnknownCharacter(name);
        }

        // A single-row section that has no row reads as 204: there is nothing to show, and that is not an error.
        return navigation.PropertyInfo!.GetValue(character) is { } value
            ? Results.Json(value, document.Options)
            : Results.NoContent();
    }

    private static async Task<IResult> PutSectionAsync(
        HttpRequest request, CharacterStore store, CdlDocument document, CdlValidator validator, string name, string section, CancellationToken cancellationToken)
    {
        if (!document.Sections.TryGetValue(section, out var navigation))
        {
            return ProblemResults.UnknownSection(document, section);
        }

        var type = navigation.IsCollection ? navigation.PropertyInfo!.PropertyType : navigation.TargetEntityType.ClrType;
        var value = await RequestJson.ReadAsync(request, type, document.Options, cancellationToken);
        if (value is null && navigation.IsCollection)
        {
            // As inside a whole document: a list section is a list; null would silently clear it.
            return ProblemResults.Field("$", "A list, not null: send [] for none.");
        }

        if (validator.Validate(value, section) is { Count: > 0 } errors)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if (await store.ReplaceSectionAsync(name, section, value, cancellationToken) == CharacterStore.Outcome.NotFound)
        {
            return ProblemResults.UnknownCharacter(name);
        }

        return await GetSectionAsync(store, document, name, section, cancellationToken);
    }

    private static async Task<IResult> DeleteAsync(CharacterStore store, string name, CancellationToken cancellationToken)
    {
        if (await store.HasDeploymentsAsync(name, cancellationToken))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Character is deployed",
                detail: $"A bot deployment still plays '{name}': DELETE /api/deployments/{{botName}} first, then delete the character.");
        }

        return await store.DeleteAsync(name, cancellationToken) ? TypedResults.NoContent() : ProblemResults.UnknownCharacter(name);
    }

    private static IResult? ValidateName(string name) =>
        name.Length > 255 ? ProblemResults.Field("name", "At most 255 characters (the column is varchar(255)).")
        : string.IsNullOrWhiteSpace(name) ? ProblemResults.Field("name", "A character needs a name.")
        : null;

    private static string EscapeLike(string text) =>
        text.Replace(@"\", @"\\", StringComparison.Ordinal).Replace("%", @"\%", StringComparison.Ordinal).Replace("_", @"\_", StringComparison.Ordinal);
}
