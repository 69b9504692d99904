using WhisperAspire.AppHost.Postgres;

namespace WhisperAspire.UnitTests.AppHost;

public sealed class PostgresProviderSelectorTests
{
    [Theory]
    [InlineData("auto", true, PostgresProviderKind.Container)]
    [InlineData("auto", false, PostgresProviderKind.Embedded)]
    [InlineData("AUTO", true, PostgresProviderKind.Container)]
    [InlineData(null, false, PostgresProviderKind.Embedded)]
    [InlineData("embedded", true, PostgresProviderKind.Embedded)]
    [InlineData("container", false, PostgresProviderKind.Container)]
    public void Picks_the_configured_provider_or_a_container_when_an_engine_answers(string? configured, bool dockerAnswers, PostgresProviderKind expected) =>
        Assert.Equal(expected, PostgresProviderSelector.Select(configured, binDirectoryConfigured: false, () => dockerAnswers));

    [Fact]
    public void An_installed_postgres_wins_over_docker_in_auto_mode_without_asking_docker()
    {
        var asked = false;

        var kind = PostgresProviderSelector.Select("auto", binDirectoryConfigured: true, () => asked = true);

        Assert.Equal(PostgresProviderKind.Embedded, kind);
        Assert.False(asked);
    }

    [Fact]
    public void An_unknown_provider_is_refused_with_the_choices()
    {
        var error = Assert.Throws<Aspire.Hosting.DistributedApplicationException>(() => PostgresProviderSelector.Select("podman", false, () => false));

        Assert.Contains("'podman'", error.Message, StringComparison.Ordinal);
        Assert.Contains("auto, embedded or container", error.Message, StringComparison.Ordinal);
    }
}
