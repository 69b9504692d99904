using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using WhisperAspire.Data;

namespace WhisperAspire.UnitTests.Schema;

/// <summary>
/// Data/CompiledModel is generated (dotnet ef dbcontext optimize) to spare every service start the model building.
/// A stale one would silently map the old model, so it must describe exactly what the configurations build.
/// </summary>
public sealed class CompiledModelTests
{
    public const string Regenerate =
        "dotnet ef dbcontext optimize --project Data --startup-project Data -o CompiledModel -n WhisperAspire.Data.CompiledModel";

    [Fact]
    public void The_compiled_model_is_current()
    {
        using var compiled = new WhisperEngineDbContext(Options<WhisperEngineDbContext>());
        using var built = new RuntimeBuiltContext(Options<WhisperEngineDbContext>());

        var current = RuntimeView(built.Model) == RuntimeView(compiled.Model);

        Assert.True(current, "Data/CompiledModel is stale. Regenerate it: " + Regenerate);
    }

    /// <summary>
    /// The model as the runtime sees it. An index's method (<c>Npgsql:IndexMethod</c>, e.g. gin) only matters to
    /// migrations, and the compiled model leaves such design-time annotations out by design.
    /// </summary>
    private static string RuntimeView(Microsoft.EntityFrameworkCore.Metadata.IModel model) =>
        string.Join('\n', model.ToDebugString(MetadataDebugStringOptions.LongDefault).Split('\n')
            .Where(line => !line.TrimStart().StartsWith("Npgsql:IndexMethod:", StringComparison.Ordinal)));

    private static DbContextOptions<T> Options<T>() where T : DbContext
    {
        var options = new DbContextOptionsBuilder<T>().UseNpgsql("Host=unused");
        WhisperEngineDbContext.UseNamingConvention(options);
        return options.Options;
    }

    /// <summary>The compiled model is registered for WhisperEngineDbContext exactly; a subclass gets its model built from the configurations.</summary>
    private sealed class RuntimeBuiltContext(DbContextOptions<WhisperEngineDbContext> options) : WhisperEngineDbContext(options);
}
