using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;

namespace WhisperAspire.Data.Schema;

/// <summary>A stage's tables: how many the model maps, how many the database has, and which are missing.</summary>
public sealed record StageInventory(SchemaStage Stage, int ModelTables, int DatabaseTables, IReadOnlyList<string> MissingTables);

public static class SchemaInventory
{
    private const string DefaultSchema = "public";

    /// <summary>Schema-qualified table names per stage, from the model's ownership annotations.</summary>
    public static IReadOnlyDictionary<SchemaStage, IReadOnlySet<string>> TablesByStage(IModel model) =>
        Enum.GetValues<SchemaStage>().ToDictionary(
            stage => stage,
            stage => (IReadOnlySet<string>)model.GetEntityTypes()
                .Where(entity => entity.GetTableName() is not null && entity.FindSchemaStage() == stage)
                .Select(entity => $"{entity.GetSchema() ?? DefaultSchema}.{entity.GetTableName()}")
                .ToHashSet(StringComparer.Ordinal));

    public static async Task<IReadOnlyList<StageInventory>> ReadAsync(DbContext db, CancellationToken cancellationToken)
    {
        var present = (await db.Database
            .SqlQuery<string>($"SELECT table_schema || '.' || table_name AS \"Value\" FROM information_schema.tables WHERE table_type = 'BASE TABLE'")
            .ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        return [.. TablesByStage(db.GetService<IDesignTimeModel>().Model).Select(stage => new StageInventory(
            stage.Key,
            stage.Value.Count,
            stage.Value.Count(present.Contains),
            [.. stage.Value.Where(table => !present.Contains(table)).Order(StringComparer.Ordinal)]))];
    }
}
