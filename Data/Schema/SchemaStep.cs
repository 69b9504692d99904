using System.Text.Json.Serialization;

namespace WhisperAspire.Data.Schema;

[JsonConverter(typeof(JsonStringEnumConverter<SchemaStepKind>))]
public enum SchemaStepKind
{
    EfMigration,
    SqlScript,
}

/// <summary>
/// One unit of schema change as the journal records it: an EF Core migration (named by its id) or an embedded
/// SQL script (named by its resource name, e.g. Scripts/Advanced/010_x.sql). The checksum is SHA-256, lower-case hex.
/// </summary>
public sealed record SchemaStep(SchemaStage Stage, string Name, SchemaStepKind Kind, string Checksum)
{
    public override string ToString() => Kind == SchemaStepKind.EfMigration ? $"migration {Name}" : $"script {Name}";
}
