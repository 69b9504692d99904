using System.Text;
using Microsoft.EntityFrameworkCore;
using WhisperAspire.Data;
using WhisperAspire.Data.Schema;
using static WhisperAspire.UnitTests.Schema.SchemaSteps;

namespace WhisperAspire.UnitTests.Schema;

public class SchemaCatalogTests
{
    [Fact]
    public void Orders_core_migrations_then_enrichment_then_advanced_each_by_name()
    {
        var advanced2 = Script(SchemaStage.Advanced, "020_b.sql");
        var advanced1 = Script(SchemaStage.Advanced, "010_a.sql");
        var enrichment = Script(SchemaStage.Enrichment, "001_graph.sql");
        var later = Migration("20251020093000_Later");
        var baseline = Migration("20251011000000_Baseline");

        var ordered = SchemaCatalog.Order([advanced2, enrichment, later, advanced1, baseline]);

        Assert.Equal([baseline, later, enrichment, advanced1, advanced2], ordered);
    }

    [Theory]
    [InlineData("Scripts/Enrichment/001_graph.sql", SchemaStage.Enrichment)]
    [InlineData("Scripts/Advanced/010_a.sql", SchemaStage.Advanced)]
    [InlineData("Scripts/Advanced\\010_a.sql", SchemaStage.Advanced)]
    public void A_script_belongs_to_the_stage_named_by_its_folder(string resourceName, SchemaStage stage)
    {
        var step = SchemaCatalog.ScriptStep(resourceName, []);

        Assert.Equal(new SchemaStep(stage, resourceName, SchemaStepKind.SqlScript, step.Checksum), step);
    }

    [Theory]
    [InlineData("Scripts/Core/001_x.sql")]
    [InlineData("Scripts/001_x.sql")]
    [InlineData("Scripts/Other/001_x.sql")]
    public void A_script_outside_the_stage_folders_is_rejected(string resourceName)
    {
        var error = Assert.Throws<InvalidOperationException>(() => SchemaCatalog.ScriptStep(resourceName, []));

        Assert.Contains(resourceName, error.Message);
    }

    [Fact]
    public void A_script_checksum_is_the_sha256_of_its_bytes_in_lower_case_hex()
    {
        var step = SchemaCatalog.ScriptStep("Scripts/Advanced/010_a.sql", Encoding.UTF8.GetBytes("abc"));

        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", step.Checksum);
    }

    [Fact]
    public void The_built_catalog_is_ordered_and_its_checksums_are_stable()
    {
        // No server needed: the checksums come from generated SQL and embedded bytes.
        var options = new DbContextOptionsBuilder<WhisperEngineDbContext>().UseNpgsql("Host=unused");
        WhisperEngineDbContext.UseNamingConvention(options);
        using var db = new WhisperEngineDbContext(options.Options);

        var catalog = SchemaCatalog.Load(db);

        Assert.Equal(SchemaCatalog.Order(catalog), catalog);
        Assert.Equal(catalog, SchemaCatalog.Load(db));
        Assert.All(catalog, step => Assert.Matches("^[0-9a-f]{64}$", step.Checksum));
    }
}
