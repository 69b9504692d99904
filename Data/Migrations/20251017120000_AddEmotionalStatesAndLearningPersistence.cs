using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace WhisperAspire.Data.Migrations;

/// <summary>Phase 5 (2025-10-17): emotional states, the learning timeline and conversation summaries.</summary>
[DbContext(typeof(WhisperEngineDbContext))]
[Migration("20251017120000_AddEmotionalStatesAndLearningPersistence")]
public class AddEmotionalStatesAndLearningPersistence : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "character_emotional_states",
            columns: table => new
            {
                id = table.Column<int>(type: "integer", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                character_id = table.Column<int>(type: "integer", nullable: false),
                emotion_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                baseline_intensity = table.Column<decimal>(type: "numeric(3,2)", precision: 3, scale: 2, nullable: true, defaultValue: 0.5m),
                triggers = table.Column<string>(type: "text", nullable: true),
                expression_patterns = table.Column<string>(type: "text", nullable: true),
                recovery_time_minutes = table.Column<int>(type: "integer", nullable: true),
                created_at = table.Column<DateTime>(type: "timestamp without time zone", nullable: true, defaultValueSql: "now()")
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_character_emotional_states", x => x.id);
                table.ForeignKey(
                    name: "fk_character_emotional_states_characters_character_id",
                    column: x => x.character_id,
                    principalTable: "characters",
                    principalColumn: "id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex(
            name: "character_emotional_states_character_id_emotion_name_key",
            table: "character_emotional_states",
            columns: new[] { "character_id", "emotion_name" },
            unique: true);

        migrationBuilder.CreateIndex(
            name: "idx_character_emotional_states_character",
            table: "character_emotional_states",
            column: "character_id");

        migrationBuilder.CreateTable(
            name: "character_learning_timeline",
            columns: table => new
            {
                id = table.Column<int>(type: "integer", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                character_id = table.Column<int>(type: "integer", nullable: false),
                learning_event = table.Column<string>(type: "text", nullable: false),
                event_timestamp = table.Column<DateTime>(type: "timestamp without time zone", nullable: true, defaultValueSql: "now()"),
                learning_source = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                knowledge_gained = table.Column<string>(type: "text", nullable: true),
                confidence_change = table.Column<decimal>(type: "numeric(3,2)", precision: 3, scale: 2, nullable: true),
                memory_strength = table.Column<decimal>(type: "numeric(3,2)", precision: 3, scale: 2, nullable: true, defaultValue: 1.0m),
                created_at = table.Column<DateTime>(type: "timestamp without time zone", nullable: true, defaultValueSql: "now()")
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_character_learning_timeline", x => x.id);
                table.ForeignKey(
                    name: "fk_character_learning_timeline_characters_character_id",
                    column: x => x.character_id,
                    principalTable: "characters",
                    principalColumn: "id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex(
            name: "idx_character_learning_timeline_character",
            table: "character_learning_timeline",
            column: "character_id");

        migrationBuilder.CreateTable(
            name: "conversation_summaries",
            columns: table => new
            {
                id = table.Column<int>(type: "integer", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                user_id = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                bot_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                conversation_date = table.Column<DateOnly>(type: "date", nullable: false),
                summary_text = table.Column<string>(type: "text", nullable: false),
                key_topics = table.Column<string>(type: "text", nullable: true),
                emotional_tone = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                interaction_quality = table.Column<decimal>(type: "numeric(3,2)", precision: 3, scale: 2, nullable: true),
                created_at = table.Column<DateTime>(type: "timestamp without time zone", nullable: true, defaultValueSql: "now()"),
                updated_at = table.Column<DateTime>(type: "timestamp without time zone", nullable: true, defaultValueSql: "now()")
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_conversation_summaries", x => x.id);
            });

        migrationBuilder.CreateIndex(
            name: "idx_conversation_summaries_user_bot_date",
            table: "conversation_summaries",
            columns: new[] { "user_id", "bot_name", "conversation_date" });
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(
            name: "conversation_summaries");

        migrationBuilder.DropTable(
            name: "character_learning_timeline");

        migrationBuilder.DropTable(
            name: "character_emotional_states");
    }
}
