using WhisperAspire.Hosting.Dashboard;
using WhisperAspire.Hosting.Dashboard.Security;

namespace WhisperAspire.UnitTests.AppHost;

public sealed class DashboardSettingsTests
{
    [Fact]
    public void Defaults_are_Aspires_ports_and_limits_of_at_least_ten_thousand()
    {
        var options = new DashboardOptions();

        Assert.Equal((18888, 18889, 18890), (options.Port, options.OtlpGrpcPort, options.OtlpHttpPort));
        Assert.True(options.Limits is { MaxSpans: >= 10_000, MaxLogRecords: >= 10_000, MaxMetricPoints: >= 10_000 });
        Assert.Null(options.Problem());
        Assert.Equal("http://localhost:18888/login?t=abc", options.LoginUrl("abc"));
    }

    [Fact]
    public void Bad_settings_are_named_with_the_way_out()
    {
        Assert.Contains("--Dashboard:OtlpGrpcPort=<port>", new DashboardOptions { OtlpGrpcPort = 70000 }.Problem(), StringComparison.Ordinal);
        Assert.Contains("must differ", new DashboardOptions { OtlpHttpPort = 18888 }.Problem(), StringComparison.Ordinal);
        Assert.Contains("at least 1", new DashboardOptions { Limits = new() { MaxSpans = 0 } }.Problem(), StringComparison.Ordinal);
    }

    [Fact]
    public void Secrets_are_new_for_every_run_and_compared_exactly()
    {
        var first = new DashboardSecrets();
        var second = new DashboardSecrets();

        Assert.NotEqual(first.BrowserToken, second.BrowserToken);
        Assert.NotEqual(first.BrowserToken, first.OtlpApiKey);
        Assert.Equal(32, first.BrowserToken.Length);
        Assert.True(DashboardSecrets.Matches(first.BrowserToken, first.BrowserToken));
        Assert.False(DashboardSecrets.Matches(first.BrowserToken[..^1], first.BrowserToken));
        Assert.False(DashboardSecrets.Matches(null, first.BrowserToken));
    }

    [Theory]
    [InlineData("ConnectionStrings__db", "Host=127.0.0.1;Port=5433;Password=s3cret;Database=w", "Host=127.0.0.1;Port=5433;Password=••••••;Database=w")]
    [InlineData("OTEL_EXPORTER_OTLP_HEADERS", "x-otlp-api-key=abc", "••••••")]
    [InlineData("AppHost__OtlpApiKey", "abc", "••••••")]
    [InlineData("OTEL_SERVICE_NAME", "api", "api")]
    [InlineData("ASPNETCORE_URLS", "http://127.0.0.1:5080", "http://127.0.0.1:5080")]
    public void Environment_values_hide_secrets_only(string name, string value, string shown) =>
        Assert.Equal(shown, SecretMasking.Value(name, value));
}
