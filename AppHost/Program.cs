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
    .WithHttpHealthCheck("/health");

builder.Build().Run();

/// <summary>The entry point type, so tests can start this exact app model.</summary>
public partial class Program;
