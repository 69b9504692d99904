using WhisperAspire.Data.Schema;

namespace WhisperAspire.UnitTests.Schema;

/// <summary>Small builders so each test states only what it is about.</summary>
internal static class SchemaSteps
{
    public static SchemaStep Migration(string id, string checksum = "m") => new(SchemaStage.Core, id, SchemaStepKind.EfMigration, checksum);

    public static SchemaStep Script(SchemaStage stage, string file, string checksum = "s") =>
        new(stage, $"Scripts/{stage}/{file}", SchemaStepKind.SqlScript, checksum);

    public static SchemaJournalEntry Journaled(SchemaStep step, string? checksum = null) => new()
    {
        Step = step.Name,
        Stage = step.Stage,
        Kind = step.Kind,
        Checksum = checksum ?? step.Checksum,
        AppliedAt = new DateTimeOffset(2025, 10, 20, 12, 0, 0, TimeSpan.Zero),
        Duration = TimeSpan.FromMilliseconds(5),
        AppliedBy = "test",
    };
}
