namespace WhisperAspire.MigrationService.Migrating;

public sealed class MigrationOptions
{
    public const string Section = "Migrations";
    private const string PlanSwitch = "--plan";

    /// <summary>Log the pending steps and exit 0 without applying them (or 1 if the run would be refused).</summary>
    public bool Plan { get; set; }

    /// <summary>Turns the bare <c>--plan</c> switch into Migrations:Plan=true: the command-line configuration provider only reads key/value pairs.</summary>
    public static string[] TranslateSwitches(string[] args) =>
        [.. args.Select(arg => arg == PlanSwitch ? $"--{Section}:{nameof(Plan)}=true" : arg)];
}
