namespace WhisperAspire.Data.Schema;

/// <summary>What a migrator has to do to bring a database up to this build's schema.</summary>
/// <param name="ToApply">Steps to run, in order.</param>
/// <param name="ToRecord">EF migrations already applied whose journal row is missing (a crash between the two).</param>
/// <param name="Refusals">Why the run must not start; nothing is applied while any exist.</param>
/// <param name="Unknown">Journaled steps this build does not know, e.g. applied from another branch.</param>
public sealed record SchemaPlan(
    IReadOnlyList<SchemaStep> ToApply,
    IReadOnlyList<SchemaStep> ToRecord,
    IReadOnlyList<string> Refusals,
    IReadOnlyList<string> Unknown)
{
    public bool IsUpToDate => ToApply.Count == 0 && ToRecord.Count == 0 && Refusals.Count == 0;
}
