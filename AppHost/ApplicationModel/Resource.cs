namespace WhisperAspire.Hosting.ApplicationModel;

/// <summary>A named part of the distributed application: a server, a database, a project.</summary>
public abstract class Resource(string name)
{
    public string Name { get; } = name;

    /// <summary>What Aspire's dashboard calls the resource type (Project, Postgres, PostgresDatabase).</summary>
    public abstract string Kind { get; }

    /// <summary>What must be true of other resources before this one may start.</summary>
    public List<WaitAnnotation> Waits { get; } = [];

    /// <summary>Where to reach the resource, for the console once everything is up; never includes a secret.</summary>
    public virtual string? Describe() => null;

    public override string ToString() => Name;
}

public enum WaitType
{
    /// <summary>The dependency is running and its health checks pass (Aspire's WaitFor).</summary>
    UntilHealthy,

    /// <summary>The dependency ran to completion with exit code 0 (Aspire's WaitForCompletion).</summary>
    UntilCompleted,
}

public sealed record WaitAnnotation(Resource Dependency, WaitType Type);

/// <summary>A resource other resources can connect to; its connection string reaches them as ConnectionStrings__{Name}.</summary>
public interface IResourceWithConnectionString
{
    string Name { get; }

    string GetConnectionString();
}
