using WhisperAspire.IntegrationTests.Infrastructure;
using WhisperAspire.IntegrationTests.Schema.Reference;

namespace WhisperAspire.IntegrationTests.Schema;

/// <summary>Production's catalog (../shared/reference/production-catalog.json) is contained in the database the stack built.</summary>
public sealed class ProductionCatalogTests(StackFixture fixture)
{
    [Fact]
    public async Task Every_object_of_production_s_catalog_exists_here_apart_from_the_documented_decisions()
    {
        var ours = await LiveCatalog.ReadAsync(fixture.Stack.ConnectionString);

        var failures = CatalogContainment.Failures(ProductionCatalog.Load(), ours, DecisionTable.Load());

        Assert.True(failures.Count == 0, $"{failures.Count} object(s) of production's catalog differ here:{Environment.NewLine}{string.Join(Environment.NewLine, failures)}");
    }
}
