using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace WhisperAspire.Data.Migrations;

/// <summary>
/// Reproduces v1.0.6's legacy tables (the <c>cdl_*</c> family and the <c>_v2</c> versioned copy) so that the
/// 2025-10-13 cleanup drops real tables, as it did upstream. The model never maps them; the baseline creates
/// them and the cleanup's Down restores them.
/// </summary>
internal static class LegacyCdlTables
{
    public static void Create(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "cdl_characters",
            columns: table => new
            {
                id = table.Column<int>(type: "integer", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                bot_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                cdl_data = table.Column<string>(type: "jsonb", nullable: true),
                created_at = table.Column<DateTime>(type: "timestamp without time zone", nullable: true, defaultValueSql: "now()"),
                updated_at = table.Column<DateTime>(type: "timestamp without time zone", nullable: true, defaultValueSql: "now()")
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_cdl_characters", x => x.id);
                table.UniqueConstraint("cdl_characters_name_key", x => x.name);
            });

        migrationBuilder.CreateTable(
            name: "cdl_personality_traits",
            columns: table => new
            {
                id = table.Column<int>(type: "integer", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                character_id = table.Column<int>(type: "integer", nullable: false),
                trait_name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                trait_value = table.Column<decimal>(type: "numeric(3,2)", precision: 3, scale: 2, nullable: true),
                created_at = table.Column<DateTime>(type: "timestamp without time zone", nullable: true, defaultValueSql: "now()")
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_cdl_personality_traits", x => x.id);
                table.ForeignKey(
                    name: "fk_cdl_personality_traits_cdl_characters_character_id",
                    column: x => x.character_id,
                    principalTable: "cdl_characters",
                    principalColumn: "id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "cdl_communication_styles",
            columns: table => new
            {
                id = table.Column<int>(type: "integer", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                character_id = table.Column<int>(type: "integer", nullable: false),
                style_data = table.Column<string>(type: "jsonb", nullable: true),
                created_at = table.Column<DateTime>(type: "timestamp without time zone", nullable: true, defaultValueSql: "now()")
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_cdl_communication_styles", x => x.id);
                table.ForeignKey(
                    name: "fk_cdl_communication_styles_cdl_characters_character_id",
                    column: x => x.character_id,
                    principalTable: "cdl_characters",
                    principalColumn: "id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "character_identity_v2",
            columns: table => new
            {
                id = table.Column<int>(type: "integer", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                character_id = table.Column<int>(type: "integer", nullable: false),
                full_name = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                occupation = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                identity_data = table.Column<string>(type: "jsonb", nullable: true),
                created_at = table.Column<DateTime>(type: "timestamp without time zone", nullable: true, defaultValueSql: "now()")
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_character_identity_v2", x => x.id);
                table.ForeignKey(
                    name: "fk_character_identity_v2_characters_character_id",
                    column: x => x.character_id,
                    principalTable: "characters",
                    principalColumn: "id",
                    onDelete: ReferentialAction.Cascade);
            });
    }

    public static void Drop(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "character_identity_v2");
        migrationBuilder.DropTable(name: "cdl_communication_styles");
        migrationBuilder.DropTable(name: "cdl_personality_traits");
        migrationBuilder.DropTable(name: "cdl_characters");
    }
}
