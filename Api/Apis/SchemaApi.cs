using Microsoft.EntityFrameworkCore;
using WhisperAspire.Data;

namespace WhisperAspire.Api.Apis;

public static class SchemaApi
{
    public static IEndpointRouteBuilder MapSchemaApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/schema", GetSchemaStatusAsync).WithName("GetSchemaStatus");
        return app;
    }

    private static async Task<SchemaStatus> GetSchemaStatusAsync(WhisperEngineDbContext db, CancellationToken cancellationToken)
    {
        var applied = await db.Database.GetAppliedMigrationsAsync(cancellationToken);
        var pending = await db.Database.GetPendingMigrationsAsync(cancellationToken);
        return new SchemaStatus([.. applied], [.. pending]);
    }

    public sealed record SchemaStatus(IReadOnlyList<string> AppliedMigrations, IReadOnlyList<string> PendingMigrations);
}
