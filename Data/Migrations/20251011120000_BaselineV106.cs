using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace WhisperAspire.Data.Migrations;

/// <summary>
/// Phase 1 (2025-10-11): the v1.0.6 baseline, with the core identity tables, the first CDL tables and the
/// legacy tables of that release.
/// </summary>
[DbContext(typeof(WhisperEngineDbContext))]
[Migration("20251011120000_BaselineV106")]
public class BaselineV106 : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "users",
            columns: table => new
            {
                id = table.Column<int>(type: "integer", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                discord_user_id = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                username = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                display_name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                created_at = table.Column<DateTime>(type: "timestamp without time zone", nullable: true, defaultValueSql: "now()"),
                updated_at = table.Column<DateTime>(type: "timestamp without time zone", nullable: true, defaultValueSql: "now()")
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_users", x => x.id);
            });

        migrationBuilder.CreateIndex(
            name: "idx_users_discord",
            table: "users",
            column: "discord_user_id",
            unique: true);

        migrationBuilder.CreateIndex(
            name: "idx_users_username",
            table: "users",
            column: "username",
            unique: true);

        migrationBuilder.CreateTable(
            name: "characters",
            columns: table => new
            {
                id = table.Column<int>(type: "integer", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                display_name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                character_version = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                created_at = table.Column<DateTime>(type: "timestamp without time zone", nullable: true, defaultValueSql: "now()"),
                updated_at = table.Column<DateTime>(type: "timestamp without time zone", nullable: true, defaultValueSql: "now()")
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_characters", x => x.id);
            });

        migrationBuilder.CreateIndex(
            name: "idx_characters_name",
            table: "characters",
            column: "name",
            unique: true);

        migrationBuilder.CreateTable(
            name: "user_relationships",
            columns: table => new
            {
                id = table.Column<int>(type: "integer", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                user_id = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                bot_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                affection = table.Column<double>(type: "double precision", nullable: true, defaultValue: 0.0),
                trust = table.Column<double>(type: "double precision", nullable: true, defaultValue: 0.0),
                attunement = table.Column<double>(type: "double precision", nullable: true, defaultValue: 0.0),
                first_interaction = table.Column<DateTime>(type: "timestamp without time zone", nullable: true, defaultValueSql: "now()"),
                last_interaction = table.Column<DateTime>(type: "timestamp without time zone", nullable: true, defaultValueSql: "now()"),
                interaction_count = table.Column<int>(type: "integer", nullable: true, defaultValue: 0),
                created_at = table.Column<DateTime>(type: "timestamp without time zone", nullable: true, defaultValueSql: "now()"),
                updated_at = table.Column<DateTime>(type: "timestamp without time zone", nullable: true, defaultValueSql: "now()")
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_user_relationships", x => x.id);
            });

        migrationBuilder.CreateIndex(
            name: "idx_relationships_user_bot",
            table: "user_relationships",
            columns: new[] { "user_id", "bot_name" },
            unique: true);

        migrationBuilder.CreateTable(
            name: "user_facts",
            columns: table => new
            {
                id = table.Column<int>(type: "integer", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                user_id = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                bot_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                fact_type = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                fact_value = table.Column<string>(type: "text", nullable: false),
                confidence = table.Column<double>(type: "double precision", nullable: true, defaultValue: 1.0),
                source = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                created_at = table.Column<DateTime>(type: "timestamp without time zone", nullable: true, defaultValueSql: "now()"),
                updated_at = table.Column<DateTime>(type: "timestamp without time zone", nullable: true, defaultValueSql: "now()")
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_user_facts", x => x.id);
            });

        migrationBuilder.CreateIndex(
            name: "idx_facts_type",
            table: "user_facts",
            column: "fact_type");

        migrationBuilder.CreateIndex(
            name: "idx_facts_user_bot",
            table: "user_facts",
            columns: new[] { "user_id", "bot_name" });

        migrationBuilder.CreateTable(
            name: "character_identity",
            columns: table => new
            {
                id = table.Column<int>(type: "integer", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                character_id = table.Column<int>(type: "integer", nullable: false),
                full_name = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                nicknames = table.Column<string>(type: "text", nullable: true),
                age = table.Column<int>(type: "integer", nullable: true),
                occupation = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                description = table.Column<string>(type: "text", nullable: true),
                created_at = table.Column<DateTime>(type: "timestamp without time zone", nullable: true, defaultValueSql: "now()")
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_character_identity", x => x.id);
                table.ForeignKey(
                    name: "fk_character_identity_characters_character_id",
                    column: x => x.character_id,
                    principalTable: "characters",
                    principalColumn: "id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex(
            name: "character_identity_character_id_key",
            table: "character_identity",
            column: "character_id",
            unique: true);

        migrationBuilder.CreateTable(
            name: "character_attributes",
            columns: table => new
            {
                id = table.Column<int>(type: "integer", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                character_id = table.Column<int>(type: "integer", nullable: false),
                category = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                description = table.Column<string>(type: "text", nullable: false),
                importance = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                display_order = table.Column<int>(type: "integer", nullable: true),
                active = table.Column<bool>(type: "boolean", nullable: true, defaultValue: true),
                created_at = table.Column<DateTime>(type: "timestamp without time zone", nullable: true, defaultValueSql: "now()")
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_character_attributes", x => x.id);
                table.ForeignKey(
                    name: "fk_character_attributes_characters_character_id",
                    column: x => x.character_id,
                    principalTable: "characters",
                    principalColumn: "id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex(
            name: "character_attributes_character_id_category_display_order_key",
            table: "character_attributes",
            columns: new[] { "character_id", "category", "display_order" },
            unique: true);

        migrationBuilder.CreateIndex(
            name: "idx_attributes_char_cat",
            table: "character_attributes",
            columns: new[] { "character_id", "category" });

        migrationBuilder.CreateTable(
            name: "character_communication",
            columns: table => new
            {
                id = table.Column<int>(type: "integer", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                character_id = table.Column<int>(type: "integer", nullable: false),
                tone = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                humor_style = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                conversation_pacing = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                created_at = table.Column<DateTime>(type: "timestamp without time zone", nullable: true, defaultValueSql: "now()")
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_character_communication", x => x.id);
                table.ForeignKey(
                    name: "fk_character_communication_characters_character_id",
                    column: x => x.character_id,
                    principalTable: "characters",
                    principalColumn: "id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex(
            name: "character_communication_character_id_key",
            table: "character_communication",
            column: "character_id",
            unique: true);

        LegacyCdlTables.Create(migrationBuilder);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        LegacyCdlTables.Drop(migrationBuilder);

        migrationBuilder.DropTable(
            name: "character_communication");

        migrationBuilder.DropTable(
            name: "character_attributes");

        migrationBuilder.DropTable(
            name: "character_identity");

        migrationBuilder.DropTable(
            name: "user_facts");

        migrationBuilder.DropTable(
            name: "user_relationships");

        migrationBuilder.DropTable(
            name: "characters");

        migrationBuilder.DropTable(
            name: "users");
    }
}
