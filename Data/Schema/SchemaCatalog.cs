using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace WhisperAspire.Data.Schema;

/// <summary>
/// Every step this build knows, in the order they apply: the EF Core migrations of the core stage, then the
/// embedded scripts of each later stage (Scripts/Enrichment/*.sql, Scripts/Advanced/*.sql), each group by name.
/// </summary>
public static class SchemaCatalog
{
    private const string ScriptsFolder = "Scripts";
    private static readonly Assembly ScriptAssembly = typeof(SchemaCatalog).Assembly;
    private static readonly SchemaStage[] ScriptStages = [SchemaStage.Enrichment, SchemaStage.Advanced];

    public static IReadOnlyList<SchemaStep> Load(DbContext db) =>
        Order([.. MigrationSteps(db), .. ScriptAssembly.GetManifestResourceNames()
            .Where(IsScript)
            .Select(name => ScriptStep(name, ReadScriptBytes(name)))]);

    /// <summary>Stage first, then name: migration ids start with a timestamp, script names with a number.</summary>
    public static IReadOnlyList<SchemaStep> Order(IEnumerable<SchemaStep> steps) =>
        [.. steps.OrderBy(step => step.Stage).ThenBy(step => step.Name, StringComparer.Ordinal)];

    /// <summary>A script's stage is its folder; the checksum covers its exact bytes.</summary>
    public static SchemaStep ScriptStep(string resourceName, byte[] content)
    {
        // MSBuild's RecursiveDir uses the platform's separator.
        if (resourceName.Split('/', '\\') is not [ScriptsFolder, var folder, _, ..]
            || !ScriptStages.Any(stage => stage.ToString() == folder))
        {
            throw new InvalidOperationException(
                $"Script {resourceName} is outside the stage folders: put it under {string.Join(" or ", ScriptStages.Select(s => $"{ScriptsFolder}/{s}/"))}.");
        }

        var stage = Enum.Parse<SchemaStage>(folder);
        return new SchemaStep(stage, resourceName, SchemaStepKind.SqlScript, Checksum(content));
    }

    public static string ReadScript(SchemaStep step)
    {
        // StreamReader drops a byte-order mark, which PostgreSQL would reject as the first character.
        using var reader = new StreamReader(OpenScript(step.Name));
        return reader.ReadToEnd();
    }

    private static IEnumerable<SchemaStep> MigrationSteps(DbContext db)
    {
        var migrations = db.GetService<IMigrationsAssembly>();
        var sqlGenerator = db.GetService<IMigrationsSqlGenerator>();
        var modelInitializer = db.GetService<IModelRuntimeInitializer>();
        foreach (var (id, type) in migrations.Migrations)
        {
            var migration = migrations.CreateMigration(type, db.Database.ProviderName!);
            // The migration's own SQL as EF runs it, without the history row: that row carries EF's product
            // version, which would change every checksum on each EF update.
            var targetModel = migration.TargetModel is { } model ? modelInitializer.Initialize(model) : null;
            var sql = string.Concat(sqlGenerator.Generate(migration.UpOperations, targetModel).Select(command => command.CommandText));
            yield return new SchemaStep(SchemaStage.Core, id, SchemaStepKind.EfMigration, Checksum(Encoding.UTF8.GetBytes(sql)));
        }
    }

    private static bool IsScript(string resourceName) =>
        resourceName.StartsWith(ScriptsFolder, StringComparison.Ordinal) && resourceName.EndsWith(".sql", StringComparison.Ordinal);

    private static byte[] ReadScriptBytes(string resourceName)
    {
        using var stream = OpenScript(resourceName);
        using var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        return bytes.ToArray();
    }

    private static Stream OpenScript(string resourceName) =>
        ScriptAssembly.GetManifestResourceStream(resourceName)
        ?? throw new InvalidOperationException($"Script {resourceName} is not embedded in {ScriptAssembly.GetName().Name}.");

    private static string Checksum(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));
}
