using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace WhisperAspire.Data.Migrations;

/// <summary>Phase 6 (2025-10-20): Big Five personality traits, communication styles and character values.</summary>
[DbContext(typeof(WhisperEngineDbContext))]
[Migration("20251020120000_AddPersonalityTraitsStylesAndValues")]
public class AddPersonalityTraitsStylesAndValues : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "personality_traits",
            columns: table => new
            {
                id = table.Column<int>(type: "integer", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                character_id = table.Column<int>(type: "integer", nullable: true),
                trait_name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                trait_value = table.Column<decimal>(type: "numeric(3,2)", precision: 3, scale: 2, nullable: true),
                intensity = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                description = table.Column<string>(type: "text", nullable: true)
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_personality_traits", x => x.id);
                table.ForeignKey(
                    name: "fk_personality_traits_characters_character_id",
                    column: x => x.character_id,
                    principalTable: "characters",
                    principalColumn: "id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex(
            name: "idx_personality_traits_character",
            table: "personality_traits",
            column: "character_id");

        migrationBuilder.CreateIndex(
            name: "personality_traits_character_id_trait_name_key",
            table: "personality_traits",
            columns: new[] { "character_id", "trait_name" },
            unique: true);

        migrationBuilder.CreateTable(
            name: "communication_styles",
            columns: table => new
            {
                id = table.Column<int>(type: "integer", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                character_id = table.Column<int>(type: "integer", nullable: true),
                engagement_level = table.Column<decimal>(type: "numeric(3,2)", precision: 3, scale: 2, nullable: true),
                formality = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                emotional_expression = table.Column<decimal>(type: "numeric(3,2)", precision: 3, scale: 2, nullable: true),
                response_length = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                conversation_flow_guidance = table.Column<string>(type: "text", nullable: true),
                ai_identity_handling = table.Column<string>(type: "text", nullable: true)
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_communication_styles", x => x.id);
                table.ForeignKey(
                    name: "fk_communication_styles_characters_character_id",
                    column: x => x.character_id,
                    principalTable: "characters",
                    principalColumn: "id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex(
            name: "idx_communication_styles_character",
            table: "communication_styles",
            column: "character_id");

        migrationBuilder.CreateTable(
            name: "character_values",
            columns: table => new
            {
                id = table.Column<int>(type: "integer", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                character_id = table.Column<int>(type: "integer", nullable: true),
                value_key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                value_description = table.Column<string>(type: "text", nullable: false),
                importance_level = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true, defaultValue: "medium"),
                category = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true)
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_character_values", x => x.id);
                table.ForeignKey(
                    name: "fk_character_values_characters_character_id",
                    column: x => x.character_id,
                    principalTable: "characters",
                    principalColumn: "id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex(
            name: "character_values_character_id_value_key_key",
            table: "character_values",
            columns: new[] { "character_id", "value_key" },
            unique: true);

        migrationBuilder.CreateIndex(
            name: "idx_character_values_character",
            table: "character_values",
            column: "character_id");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(
            name: "character_values");

        migrationBuilder.DropTable(
            name: "communication_styles");

        migrationBuilder.DropTable(
            name: "personality_traits");
    }
}
