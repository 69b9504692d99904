using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace WhisperAspire.Data.Migrations;

/// <summary>
/// Phase 5 (2025-10-19): documentation only. The knowledge-graph tables (fact_entities, user_fact_relationships,
/// entity_relationships) are created by the enrichment SQL stage, which runs after these migrations; upstream's
/// Alembic history records them here without creating them, and so does this one, so no table has two owners.
/// </summary>
[DbContext(typeof(WhisperEngineDbContext))]
[Migration("20251019185800_DocumentEnrichmentSchema")]
public class DocumentEnrichmentSchema : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
    }
}
