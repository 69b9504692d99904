using System.Reflection;

namespace WhisperAspire.Hosting.Testing;

/// <summary>
/// Runs an AppHost's own entry point up to <c>builder.Build()</c> and hands the builder to the test, as
/// Aspire.Hosting.Testing does: tests start exactly the app model that <c>dotnet run --project AppHost</c> starts,
/// with their own arguments (ports, data directory) layered on through ordinary configuration.
/// </summary>
public static class DistributedApplicationTestingBuilder
{
    public static Task<DistributedApplicationBuilder> CreateAsync<TEntryPoint>(string[] args, CancellationToken cancellationToken = default)
        where TEntryPoint : class => CreateAsync(typeof(TEntryPoint).Assembly, args, cancellationToken);

    /// <summary>For callers that see more than one type named Program.</summary>
    public static async Task<DistributedApplicationBuilder> CreateAsync(Assembly appHostAssembly, string[] args, CancellationToken cancellationToken = default)
    {
        var entryPoint = appHostAssembly.EntryPoint
            ?? throw new InvalidOperationException($"{appHostAssembly.GetName().Name} has no entry point.");
        var captured = new TaskCompletionSource<DistributedApplicationBuilder>(TaskCreationOptions.RunContinuationsAsynchronously);

        _ = Task.Run(() =>
        {
            TestingBuilderCapture.Begin(captured);
            try
            {
                entryPoint.Invoke(null, entryPoint.GetParameters().Length == 0 ? null : [args]);
                captured.TrySetException(new InvalidOperationException("The entry point returned without calling builder.Build()."));
            }
            catch (TargetInvocationException ex) when (ex.InnerException is TestingBuilderCapture.HandedOverException)
            {
                // Expected: the entry point stopped at Build() and the builder is the test's now.
            }
            catch (Exception ex)
            {
                captured.TrySetException(ex is TargetInvocationException { InnerException: { } inner } ? inner : ex);
            }
        }, cancellationToken);

        return await captured.Task.WaitAsync(cancellationToken);
    }
}

internal static class TestingBuilderCapture
{
    private static readonly AsyncLocal<TaskCompletionSource<DistributedApplicationBuilder>?> Capture = new();

    public static void Begin(TaskCompletionSource<DistributedApplicationBuilder> capture) => Capture.Value = capture;

    public static void HandOverIfCapturing(DistributedApplicationBuilder builder)
    {
        if (Capture.Value is { } capture)
        {
            Capture.Value = null;
            capture.TrySetResult(builder);
            throw new HandedOverException();
        }
    }

    public sealed class HandedOverException() : Exception("The builder was handed over to the test.");
}
