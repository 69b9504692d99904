using WhisperAspire.Hosting;

var builder = DistributedApplication.CreateBuilder(args);

var postgres = builder.AddPostgres("postgres", port: 5433);
var db = postgres.AddDatabase("whisperengine");

var migrations = builder.AddProject<Projects.MigrationService>("migrations")
    .WithReference(db)
    .WaitFor(db);

builder.AddProject<Projects.Api>("api")
    .WithReference(db)
    .WaitForCompletion(migrations)
    .WithHttpHealthCheck("/health")
    // The character POST /api/prompt speaks as, chosen the way WhisperEngine bots choose theirs (environment or --DISCORD_BOT_NAME=).
    .WithEnvironment("DISCORD_BOT_NAME", builder.Configuration["DISCORD_BOT_NAME"] ?? "")
    // The keys that encrypt Discord tokens live with the other secrets, outside any checkout.
    .WithEnvironment("DataProtection__KeysDirectory", Path.Combine(StateDirectories.From(builder.Configuration).Secrets, "api-data-protection-keys"));

builder.Build().Run();

/// <summary>The entry point type, so tests can start this exact app model.</summary>
public partial class Program;
