namespace WhisperAspire.MigrationService.Migrating;

public sealed class MigrationOptions
{
    public const string Section = "Migrations";
    private const string PlanSwitch = "--plan";

    /// <summary>Log the pending steps and exit 0 without applying them (or 1 if the run would be refused).</summary>
    public bool Plan { get; set; }

    /// <summary>
    /// Comma-separated names of the only steps to apply (or plan), e.g.
    /// <c>--Migrations:Steps=20251011120000_BaselineV106,001_semantic_knowledge_graph.sql</c>; unset applies every
    /// pending step. An unknown name, or leaving out a pending migration that sorts before a selected one, refuses the run.
    /// </summary>
    public string? Steps { get; set; }

    /// <summary>Turns the bare <c>--plan</c> switch into Migrations:Plan=true: the command-line configuration provider only reads key/value pairs.</summary>
    public static string[] TranslateSwitches(string[] args) =>
        [.. args.Select(arg => arg == PlanSwitch ? $"--{Section}:{nameof(Plan)}=true" : arg)];
}
