using WhisperAspire.Hosting.ApplicationModel;
using WhisperAspire.Hosting.Orchestration;

namespace WhisperAspire.UnitTests.AppHost;

public sealed class ResourceLoggerServiceTests
{
    private readonly ResourceLoggerService _logs = new(TimeProvider.System);
    private readonly Resource _resource = new ProjectResource("migrations", null!);

    [Fact]
    public void Keeps_a_bounded_number_of_lines_dropping_the_oldest()
    {
        for (var i = 0; i < ResourceLoggerService.LinesPerResource + 10; i++)
        {
            _logs.Append(_resource, $"line {i}", isError: false);
        }

        var lines = _logs.GetLines(_resource);
        Assert.Equal(ResourceLoggerService.LinesPerResource, lines.Count);
        Assert.Equal("line 10", lines[0].Text);
    }

    [Fact]
    public void The_tail_of_a_failure_starts_at_its_first_error()
    {
        _logs.Append(_resource, "info: starting", false);
        _logs.Append(_resource, "fail: Migrating the database failed", false);
        _logs.Append(_resource, "   at Somewhere()", false);

        Assert.Equal(["fail: Migrating the database failed", "   at Somewhere()"], _logs.Tail(_resource, 20));
    }

    [Fact]
    public void The_tail_without_errors_is_the_last_lines()
    {
        for (var i = 0; i < 5; i++)
        {
            _logs.Append(_resource, $"line {i}", false);
        }

        Assert.Equal(["line 3", "line 4"], _logs.Tail(_resource, 2));
    }
}
