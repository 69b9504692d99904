using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace WhisperAspire.Data;

/// <summary>
/// Lets `dotnet ef` build the model without a running host. Authoring migrations needs no server; commands
/// that do (database update, script --idempotent against a live database) read ConnectionStrings__whisperengine.
/// </summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<WhisperEngineDbContext>
{
    public WhisperEngineDbContext CreateDbContext(string[] args)
    {
        var connectionString = Environment.GetEnvironmentVariable($"ConnectionStrings__{WhisperEngineDbContext.ConnectionName}")
            ?? "Host=127.0.0.1;Port=5433;Database=whisperengine;Username=postgres";
        var options = new DbContextOptionsBuilder<WhisperEngineDbContext>().UseNpgsql(connectionString);
        WhisperEngineDbContext.UseNamingConvention(options);
        return new WhisperEngineDbContext(options.Options);
    }
}
