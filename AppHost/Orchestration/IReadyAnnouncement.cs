namespace WhisperAspire.Hosting.Orchestration;

/// <summary>A line the console prints once every resource is up, next to where each resource listens.</summary>
internal interface IReadyAnnouncement
{
    string Text { get; }
}
