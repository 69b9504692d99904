using System.Text.Json.Serialization;

namespace WhisperAspire.Data.Schema;

/// <summary>The three stages of the WhisperEngine schema, in the order they are applied.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SchemaStage>))]
public enum SchemaStage
{
    /// <summary>EF Core migrations: the tables the seeds give to Alembic.</summary>
    Core,

    /// <summary>Embedded scripts under Scripts/Enrichment: the knowledge-graph tables.</summary>
    Enrichment,

    /// <summary>Embedded scripts under Scripts/Advanced: the tables the seeds give to SQL files.</summary>
    Advanced,
}
