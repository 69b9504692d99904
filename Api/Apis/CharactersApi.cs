using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using WhisperAspire.Api.Characters;
using WhisperAspire.Data;
using WhisperAspire.Data.Model.Core;

namespace WhisperAspire.Api.Apis;

/// <summary>Characters as CDL documents: list, read, create or replace, delete.</summary>
public static class CharactersApi
{
    private const int MaxPageSize = 100;

    public static IEndpointRouteBuilder MapCharactersApi(this IEndpointRouteBuilder app)
    {
        var characters = app.MapGroup("/api/characters").WithTags("Characters");
        characters.MapGet("/", ListAsync).WithName("ListCharacters");
        characters.MapGet("/{name}", GetAsync).WithName("GetCharacter");
        characters.MapPut("/{name}", PutAsync).WithName("PutCharacter");
        characters.MapDelete("/{name}", DeleteAsync).WithName("DeleteCharacter");
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

    private static async Task<IResult> GetAsync(WhisperEngineDbContext db, CdlDocument document, string name, CancellationToken cancellationToken)
    {
        var character = await LoadAsync(db, name, cancellationToken);
        return character is null ? NotFound(name) : Results.Json(character, document.Options);
    }

    /// <summary>Creates the character, or replaces every row of its definition, in one transaction.</summary>
    private static async Task<IResult> PutAsync(
        HttpRequest request, WhisperEngineDbContext db, CdlDocument document, CdlValidator validator, string name, CancellationToken cancellationToken)
    {
        Character? character;
        try
        {
            character = await JsonSerializer.DeserializeAsync<Character>(request.Body, document.Options, cancellationToken);
        }
        catch (JsonException ex)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [ex.Path ?? "$"] = [$"Not a CDL document: {ex.Message}"] });
        }

        if (character is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["$"] = ["A CDL document is required."] });
        }

        character.Name = name;
        var errors = validator.Validate(character);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        // One transaction, retried whole by the connection's execution strategy on a transient failure.
        var replaced = await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            // Every character_* row cascades with its character, so replacing is deleting and inserting.
            var existed = await db.Characters.Where(c => c.Name == name).ExecuteDeleteAsync(cancellationToken) > 0;
            db.Characters.Add(character);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return existed;
        });

        var saved = await LoadAsync(db, name, cancellationToken);
        return replaced
            ? Results.Json(saved, document.Options)
            : Results.Json(saved, document.Options, statusCode: StatusCodes.Status201Created);
    }

    private static async Task<IResult> DeleteAsync(WhisperEngineDbContext db, string name, CancellationToken cancellationToken) =>
        await db.Characters.Where(c => c.Name == name).ExecuteDeleteAsync(cancellationToken) > 0 ? TypedResults.NoContent() : NotFound(name);

    private static Task<Character?> LoadAsync(WhisperEngineDbContext db, string name, CancellationToken cancellationToken) =>
        db.Characters.AsNoTracking().AsSplitQuery()
            .Include(c => c.Identity).Include(c => c.Communication).Include(c => c.Background)
            .Include(c => c.Attributes).Include(c => c.PersonalityTraits).Include(c => c.CommunicationStyles)
            .Include(c => c.Values).Include(c => c.EmotionalStates).Include(c => c.LearningTimeline)
            .Include(c => c.Interests).ThenInclude(i => i.Topics)
            .Include(c => c.Memories).Include(c => c.Relationships).Include(c => c.ResponseModes)
            .Include(c => c.ConversationModes).Include(c => c.EntityCategories).Include(c => c.QuestionTemplates)
            .Include(c => c.LlmConfigs).Include(c => c.DiscordConfigs)
            .SingleOrDefaultAsync(c => c.Name == name, cancellationToken);

    private static IResult NotFound(string name) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown character",
            detail: $"No character is named '{name}'. GET /api/characters lists them; PUT /api/characters/{{name}} creates one.");

    private static string EscapeLike(string text) =>
        text.Replace(@"\", @"\\", StringComparison.Ordinal).Replace("%", @"\%", StringComparison.Ordinal).Replace("_", @"\_", StringComparison.Ordinal);
}
