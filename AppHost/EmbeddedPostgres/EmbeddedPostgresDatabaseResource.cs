namespace Aspire.Hosting.ApplicationModel;

/// <summary>A database on an <see cref="EmbeddedPostgresServerResource"/>, created when missing (never dropped or altered).</summary>
public sealed class EmbeddedPostgresDatabaseResource(string name, string databaseName, EmbeddedPostgresServerResource parent)
    : Resource(name), IResourceWithParent<EmbeddedPostgresServerResource>, IResourceWithConnectionString
{
    public string DatabaseName { get; } = databaseName;

    public EmbeddedPostgresServerResource Parent { get; } = parent;

    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create($"{Parent};Database={DatabaseName}");
}
