using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WhisperAspire.Data.Schema;

/// <summary>
/// Which stage creates a mapped table, recorded in the model itself so the inventory never keeps its own list:
/// core owns every table EF migrations create; a script stage owns the tables mapped with <see cref="ToScriptTable{T}"/>.
/// </summary>
public static class SchemaStageOwnership
{
    private const string StageAnnotation = "WhisperAspire:SchemaStage";

    /// <summary>Maps a table that the given stage's scripts create: EF reads and writes it, migrations leave it alone.</summary>
    public static EntityTypeBuilder<T> ToScriptTable<T>(this EntityTypeBuilder<T> entity, string name, SchemaStage stage)
        where T : class
    {
        entity.ToTable(name, table => table.ExcludeFromMigrations());
        entity.HasAnnotation(StageAnnotation, stage.ToString());
        return entity;
    }

    /// <summary>Null for tables outside the stages, such as the journal, which the runner creates itself.</summary>
    public static SchemaStage? FindSchemaStage(this IReadOnlyEntityType entity) =>
        !entity.IsTableExcludedFromMigrations() ? SchemaStage.Core
        : entity.FindAnnotation(StageAnnotation)?.Value is string stage ? Enum.Parse<SchemaStage>(stage)
        : null;
}
