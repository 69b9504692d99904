using Npgsql;
using WhisperAspire.Data;

namespace WhisperAspire.UnitTests.Data;

/// <summary>What the services add to the connection string Aspire gives them: the Api's throughput relies on both settings.</summary>
public sealed class WhisperEngineConnectionTests
{
    [Fact]
    public void Statements_are_prepared_and_pooled_connections_are_not_reset_unless_the_string_says_otherwise()
    {
        var settings = new NpgsqlConnectionStringBuilder(
            WhisperEngineConnection.PreferPreparedStatements("Host=127.0.0.1;Port=5433;Username=postgres;Password=p;Database=whisperengine"));

        Assert.Equal(64, settings.MaxAutoPrepare);
        Assert.True(settings.NoResetOnClose);
        Assert.Equal("whisperengine", settings.Database);
    }

    [Theory]
    [InlineData("Host=h;Max Auto Prepare=0;No Reset On Close=false")]
    [InlineData("Host=h;MaxAutoPrepare=0;NoResetOnClose=false")]
    public void What_the_connection_string_writes_wins(string connectionString)
    {
        var settings = new NpgsqlConnectionStringBuilder(WhisperEngineConnection.PreferPreparedStatements(connectionString));

        Assert.Equal(0, settings.MaxAutoPrepare);
        Assert.False(settings.NoResetOnClose);
    }

    [Fact]
    public void A_missing_connection_string_is_left_for_the_integration_to_report() =>
        Assert.Null(WhisperEngineConnection.PreferPreparedStatements(null));
}
