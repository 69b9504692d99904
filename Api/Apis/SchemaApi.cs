using WhisperAspire.Data;
using WhisperAspire.Data.Schema;

namespace WhisperAspire.Api.Apis;

public static class SchemaApi
{
    public static IEndpointRouteBuilder MapSchemaApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/schema", GetSchemaAsync).WithName("GetSchema");
        return app;
    }

    /// <summary>What the journal recorded, the tables each stage has in the database, and what a migrator would do next.</summary>
    private static async Task<SchemaReport> GetSchemaAsync(WhisperEngineDbContext db, CancellationToken cancellationToken)
    {
        var status = await SchemaStatus.ReadAsync(db, cancellationToken);
        return new SchemaReport(status.Journal, await SchemaInventory.ReadAsync(db, cancellationToken), status.Plan);
    }

    public sealed record SchemaReport(IReadOnlyList<SchemaJournalEntry> Journal, IReadOnlyList<StageInventory> Stages, SchemaPlan Plan);
}
