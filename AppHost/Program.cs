using WhisperAspire.AppHost.Lifecycle;
using WhisperAspire.AppHost.Postgres;

var builder = DistributedApplication.CreateBuilder(args);

// PostgreSQL 16.4 with the whisperengine database: Aspire's container when a container runtime answers (or
// Postgres:Provider=container), otherwise the embedded server, which needs no Docker. Postgres:Port moves the port.
var postgres = builder.GetPostgresOptions(defaultPort: 5433);
var password = builder.AddPostgresPassword(postgres);
IResourceBuilder<IResourceWithConnectionString> db = postgres.UsesContainer()
    ? builder.AddPostgres("postgres", password: password, port: postgres.Port).WithImageTag("16.4")
        .WithDataVolume("whisperaspire-postgres-data").AddDatabase("whisperengine")
    : builder.AddEmbeddedPostgres("postgres", password, postgres.Port, postgres.EmbeddedSettings(builder))
        .AddDatabase("whisperengine");

var migrations = builder.AddProject<Projects.MigrationService>("migrations")
    .WithReference(db)
    .WaitFor(db)
    .WithGracefulShutdown();

builder.AddProject<Projects.Api>("api")
    .WithReference(db)
    .WaitForCompletion(migrations)
    .WithHttpHealthCheck("/health")
    .WithGracefulShutdown();

builder.Build().Run();
