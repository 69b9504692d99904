using WhisperAspire.AppHost;
using WhisperAspire.AppHost.Lifecycle;
using WhisperAspire.AppHost.Postgres;
using WhisperAspire.AppHost.Schema;

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
    .WithMigrationResults(db)
    .WithoutHttpsCertificate() // plain http on loopback: no developer certificate to ask for
    .WithBuiltOutputLaunch() // its built executable, without dotnet run's project evaluation on every start
    .WithGracefulShutdown();

var api = builder.AddProject<Projects.Api>("api")
    .WithReference(db)
    .WaitForCompletion(migrations)
    .WithHttpHealthCheck("/health")
    .WithUrlForEndpoint("http", _ => new() { Url = "/scalar", DisplayText = "API reference (Scalar)" })
    .WithUrlForEndpoint("http", _ => new() { Url = "/openapi/v1.json", DisplayText = "OpenAPI document" })
    .WithoutHttpsCertificate()
    .WithBuiltOutputLaunch()
    .WithGracefulShutdown()
    .WithPortFromConfiguration("Api:Port")
    // The character POST /api/prompt speaks as, chosen the way WhisperEngine bots choose theirs (environment or --DISCORD_BOT_NAME=).
    .WithEnvironment("DISCORD_BOT_NAME", builder.Configuration["DISCORD_BOT_NAME"] ?? "")
    // The keys that encrypt Discord tokens live with the other secrets, outside any checkout.
    .WithEnvironment("DataProtection__KeysDirectory", Path.Combine(StateDirectories.From(builder.Configuration).Secrets, "api-data-protection-keys"));

// Reset database and Show pending migrations, in the dashboard's menu of the database.
db.WithSchemaCommands(migrations, api);

builder.Build().Run();
