using WhisperAspire.Hosting.ApplicationModel;

namespace WhisperAspire.Hosting;

public static class ResourceBuilderExtensions
{
    /// <summary>Start only once <paramref name="dependency"/> is running and healthy.</summary>
    public static IResourceBuilder<T> WaitFor<T>(this IResourceBuilder<T> builder, IResourceBuilder<Resource> dependency)
        where T : Resource
    {
        builder.Resource.Waits.Add(new WaitAnnotation(dependency.Resource, WaitType.UntilHealthy));
        return builder;
    }

    /// <summary>Start only once <paramref name="dependency"/> has run to completion with exit code 0.</summary>
    public static IResourceBuilder<T> WaitForCompletion<T>(this IResourceBuilder<T> builder, IResourceBuilder<Resource> dependency)
        where T : Resource
    {
        builder.Resource.Waits.Add(new WaitAnnotation(dependency.Resource, WaitType.UntilCompleted));
        return builder;
    }
}
