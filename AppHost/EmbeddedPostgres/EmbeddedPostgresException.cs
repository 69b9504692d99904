namespace WhisperAspire.Hosting.EmbeddedPostgres;

/// <summary>
/// The server cannot start for a reason the user can fix (a port in use, no npm, a foreign data directory, …).
/// The message names the problem and the way out; it is shown as it is, without a stack trace.
/// </summary>
public sealed class EmbeddedPostgresException : DistributedApplicationException
{
    public EmbeddedPostgresException(string message) : base(message)
    {
    }

    public EmbeddedPostgresException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
