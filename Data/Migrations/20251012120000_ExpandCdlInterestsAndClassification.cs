using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace WhisperAspire.Data.Migrations;

/// <summary>
/// Phase 2 (2025-10-12): CDL expansion with interests and their topics, entity categories and question templates.
/// </summary>
[DbContext(typeof(WhisperEngineDbContext))]
[Migration("20251012120000_ExpandCdlInterestsAndClassification")]
public class ExpandCdlInterestsAndClassification : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "character_interests",
            columns: table => new
            {
                id = table.Column<int>(type: "integer", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                character_id = table.Column<int>(type: "integer", nullable: false),
                interest_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                expertise_level = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                passion_intensity = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                description = table.Column<string>(type: "text", nullable: true),
                created_at = table.Column<DateTime>(type: "timestamp without time zone", nullable: true, defaultValueSql: "now()")
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_character_interests", x => x.id);
                table.ForeignKey(
                    name: "fk_character_interests_characters_character_id",
                    column: x => x.character_id,
                    principalTable: "characters",
                    principalColumn: "id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex(
            name: "ix_character_interests_character_id",
            table: "character_interests",
            column: "character_id");

        migrationBuilder.CreateTable(
            name: "character_interest_topics",
            columns: table => new
            {
                id = table.Column<int>(type: "integer", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                interest_id = table.Column<int>(type: "integer", nullable: false),
                topic_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                knowledge_depth = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                enthusiasm_level = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                specific_details = table.Column<string>(type: "text", nullable: true),
                created_at = table.Column<DateTime>(type: "timestamp without time zone", nullable: true, defaultValueSql: "now()")
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_character_interest_topics", x => x.id);
                table.ForeignKey(
                    name: "fk_character_interest_topics_character_interests_interest_id",
                    column: x => x.interest_id,
                    principalTable: "character_interests",
                    principalColumn: "id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex(
            name: "idx_character_interest_topics_interest",
            table: "character_interest_topics",
            column: "interest_id");

        migrationBuilder.CreateTable(
            name: "character_entity_categories",
            columns: table => new
            {
                id = table.Column<int>(type: "integer", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                character_id = table.Column<int>(type: "integer", nullable: false),
                category_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                description = table.Column<string>(type: "text", nullable: true),
                classification_rules = table.Column<string>(type: "text", nullable: true),
                processing_priority = table.Column<int>(type: "integer", nullable: true, defaultValue: 1),
                is_active = table.Column<bool>(type: "boolean", nullable: true, defaultValue: true),
                created_at = table.Column<DateTime>(type: "timestamp without time zone", nullable: true, defaultValueSql: "now()")
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_character_entity_categories", x => x.id);
                table.ForeignKey(
                    name: "fk_character_entity_categories_characters_character_id",
                    column: x => x.character_id,
                    principalTable: "characters",
                    principalColumn: "id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex(
            name: "ix_character_entity_categories_character_id",
            table: "character_entity_categories",
            column: "character_id");

        migrationBuilder.CreateTable(
            name: "character_question_templates",
            columns: table => new
            {
                id = table.Column<int>(type: "integer", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                character_id = table.Column<int>(type: "integer", nullable: false),
                template_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                question_pattern = table.Column<string>(type: "text", nullable: false),
                response_framework = table.Column<string>(type: "text", nullable: true),
                example_questions = table.Column<string>(type: "text", nullable: true),
                priority = table.Column<int>(type: "integer", nullable: true, defaultValue: 1),
                is_active = table.Column<bool>(type: "boolean", nullable: true, defaultValue: true),
                created_at = table.Column<DateTime>(type: "timestamp without time zone", nullable: true, defaultValueSql: "now()")
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_character_question_templates", x => x.id);
                table.ForeignKey(
                    name: "fk_character_question_templates_characters_character_id",
                    column: x => x.character_id,
                    principalTable: "characters",
                    principalColumn: "id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex(
            name: "ix_character_question_templates_character_id",
            table: "character_question_templates",
            column: "character_id");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(
            name: "character_question_templates");

        migrationBuilder.DropTable(
            name: "character_entity_categories");

        migrationBuilder.DropTable(
            name: "character_interest_topics");

        migrationBuilder.DropTable(
            name: "character_interests");
    }
}
