using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using WhisperAspire.Data.Schema;

namespace WhisperAspire.UnitTests.Schema;

public class SchemaInventoryTests
{
    [Fact]
    public void Stages_own_migrated_tables_and_their_script_tables_but_not_the_journal()
    {
        using var db = new OwnershipContext();

        var tables = SchemaInventory.TablesByStage(db.GetService<IDesignTimeModel>().Model);

        Assert.Equal(["public.users"], tables[SchemaStage.Core]);
        Assert.Equal(["public.fact_entities"], tables[SchemaStage.Enrichment]);
        Assert.Equal(["public.character_insights"], tables[SchemaStage.Advanced]);
    }

    private sealed class User { public int Id { get; set; } }
    private sealed class FactEntity { public int Id { get; set; } }
    private sealed class CharacterInsight { public int Id { get; set; } }

    private sealed class OwnershipContext : DbContext
    {
        protected override void OnConfiguring(DbContextOptionsBuilder options) => options.UseNpgsql("Host=unused");

        protected override void OnModelCreating(ModelBuilder model)
        {
            model.Entity<User>().ToTable("users");
            model.Entity<FactEntity>().ToScriptTable("fact_entities", SchemaStage.Enrichment);
            model.Entity<CharacterInsight>().ToScriptTable("character_insights", SchemaStage.Advanced);
            model.ApplyConfigurationsFromAssembly(typeof(SchemaJournalEntry).Assembly, type => type.Name.StartsWith("SchemaJournal", StringComparison.Ordinal));
        }
    }
}
