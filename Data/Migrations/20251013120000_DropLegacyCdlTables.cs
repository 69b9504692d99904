using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace WhisperAspire.Data.Migrations;

/// <summary>
/// Phase 3 (2025-10-13): drops the deprecated <c>cdl_*</c> and <c>_v2</c> tables, whose data now lives in the
/// <c>character_*</c> tables. This is the last destructive migration: every later one is additive only.
/// </summary>
[DbContext(typeof(WhisperEngineDbContext))]
[Migration("20251013120000_DropLegacyCdlTables")]
public class DropLegacyCdlTables : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => LegacyCdlTables.Drop(migrationBuilder);

    protected override void Down(MigrationBuilder migrationBuilder) => LegacyCdlTables.Create(migrationBuilder);
}
