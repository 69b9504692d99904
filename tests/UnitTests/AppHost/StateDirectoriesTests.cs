using Microsoft.Extensions.Configuration;
using WhisperAspire.AppHost;

namespace WhisperAspire.UnitTests.AppHost;

public sealed class StateDirectoriesTests
{
    private static readonly IConfiguration Empty = new ConfigurationBuilder().Build();

    [Fact]
    public void A_user_gets_folders_in_their_home_following_XDG()
    {
        var state = StateDirectories.From(Empty, isRoot: false, "/home/dev", _ => null);

        Assert.Equal("/home/dev/.local/share/whisperaspire", state.Data);
        Assert.Equal("/home/dev/.cache/whisperaspire", state.Cache);
        Assert.Equal("/home/dev/.local/share/whisperaspire/secrets", state.Secrets);
    }

    [Fact]
    public void XDG_variables_are_honoured()
    {
        var state = StateDirectories.From(Empty, isRoot: false, "/home/dev", name => name == "XDG_DATA_HOME" ? "/data" : "/caches");

        Assert.Equal("/data/whisperaspire", state.Data);
        Assert.Equal("/caches/whisperaspire", state.Cache);
    }

    [Fact]
    public void Root_gets_system_folders_that_the_unprivileged_server_account_can_reach()
    {
        var state = StateDirectories.From(Empty, isRoot: true, "/root", _ => null);

        Assert.Equal("/var/lib/whisperaspire", state.Data);
        Assert.Equal("/var/cache/whisperaspire", state.Cache);
    }

    [Fact]
    public void Configuration_overrides_both()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["AppHost:StateDirectory"] = "/srv/state",
            ["AppHost:CacheDirectory"] = "/srv/cache",
        }).Build();

        var state = StateDirectories.From(configuration, isRoot: true, "/root", _ => null);

        Assert.Equal(new StateDirectories("/srv/state", "/srv/cache"), state);
    }
}
