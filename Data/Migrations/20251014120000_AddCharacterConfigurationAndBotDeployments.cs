using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace WhisperAspire.Data.Migrations;

/// <summary>
/// Phase 4 (2025-10-14): per-character LLM and Discord configuration, moderation, bot deployments and the
/// remaining CDL detail tables (response and conversation modes, memories, background, relationships).
/// </summary>
[DbContext(typeof(WhisperEngineDbContext))]
[Migration("20251014120000_AddCharacterConfigurationAndBotDeployments")]
public class AddCharacterConfigurationAndBotDeployments : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "bot_deployments",
            columns: table => new
            {
                id = table.Column<int>(type: "integer", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                bot_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                character_id = table.Column<int>(type: "integer", nullable: true),
                discord_token_encrypted = table.Column<string>(type: "text", nullable: false),
                health_endpoint_port = table.Column<int>(type: "integer", nullable: true),
                chat_endpoint_port = table.Column<int>(type: "integer", nullable: true),
                status = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true, defaultValue: "inactive"),
                last_health_check = table.Column<DateTime>(type: "timestamp without time zone", nullable: true),
                deployment_config = table.Column<string>(type: "jsonb", nullable: true),
                created_at = table.Column<DateTime>(type: "timestamp without time zone", nullable: true, defaultValueSql: "now()"),
                updated_at = table.Column<DateTime>(type: "timestamp without time zone", nullable: true, defaultValueSql: "now()")
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_bot_deployments", x => x.id);
                table.ForeignKey(
                    name: "fk_bot_deployments_characters_character_id",
                    column: x => x.character_id,
                    principalTable: "characters",
                    principalColumn: "id");
            });

        migrationBuilder.CreateIndex(
            name: "bot_deployments_bot_name_key",
            table: "bot_deployments",
            column: "bot_name",
            unique: true);

        migrationBuilder.CreateIndex(
            name: "ix_bot_deployments_character_id",
            table: "bot_deployments",
            column: "character_id");

        migrationBuilder.CreateTable(
            name: "banned_users",
            columns: table => new
            {
                id = table.Column<int>(type: "integer", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                user_id = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                bot_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                reason = table.Column<string>(type: "text", nullable: true),
                banned_at = table.Column<DateTime>(type: "timestamp without time zone", nullable: true, defaultValueSql: "now()"),
                banned_by = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                unbanned_at = table.Column<DateTime>(type: "timestamp without time zone", nullable: true),
                unbanned_by = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                is_active = table.Column<bool>(type: "boolean", nullable: true, defaultValue: true),
                created_at = table.Column<DateTime>(type: "timestamp without time zone", nullable: true, defaultValueSql: "now()"),
                updated_at = table.Column<DateTime>(type: "timestamp without time zone", nullable: true, defaultValueSql: "now()")
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_banned_users", x => x.id);
            });

        migrationBuilder.CreateIndex(
            name: "banned_users_user_id_bot_name_key",
            table: "banned_users",
            columns: new[] { "user_id", "bot_name" },
            unique: true);

        migrationBuilder.CreateTable(
            name: "character_llm_config",
            columns: table => new
            {
                id = table.Column<int>(type: "integer", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                character_id = table.Column<int>(type: "integer", nullable: false),
                llm_client_type = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false, defaultValue: "openrouter"),
                llm_chat_api_url = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false, defaultValue: "https://openrouter.ai/api/v1"),
                llm_chat_model = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, defaultValue: "anthropic/claude-3-haiku"),
                llm_chat_api_key = table.Column<string>(type: "text", nullable: true),
                llm_temperature = table.Column<decimal>(type: "numeric(3,2)", precision: 3, scale: 2, nullable: true, defaultValue: 0.7m),
                llm_max_tokens = table.Column<int>(type: "integer", nullable: true, defaultValue: 4000),
                llm_top_p = table.Column<decimal>(type: "numeric(3,2)", precision: 3, scale: 2, nullable: true, defaultValue: 0.9m),
                llm_frequency_penalty = table.Column<decimal>(type: "numeric(3,2)", precision: 3, scale: 2, nullable: true, defaultValue: 0.0m),
                llm_presence_penalty = table.Column<decimal>(type: "numeric(3,2)", precision: 3, scale: 2, nullable: true, defaultValue: 0.0m),
                is_active = table.Column<bool>(type: "boolean", nullable: true, defaultValue: true),
                created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true, defaultValueSql: "CURRENT_TIMESTAMP"),
                updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true, defaultValueSql: "CURRENT_TIMESTAMP")
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_character_llm_config", x => x.id);
                table.ForeignKey(
                    name: "fk_character_llm_config_characters_character_id",
                    column: x => x.character_id,
                    principalTable: "characters",
                    principalColumn: "id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex(
            name: "character_llm_config_character_id_is_active_key",
            table: "character_llm_config",
            columns: new[] { "character_id", "is_active" },
            unique: true);

        migrationBuilder.CreateIndex(
            name: "idx_character_llm_config_active",
            table: "character_llm_config",
            column: "is_active");

        migrationBuilder.CreateIndex(
            name: "idx_character_llm_config_character_id",
            table: "character_llm_config",
            column: "character_id");

        migrationBuilder.CreateTable(
            name: "character_discord_config",
            columns: table => new
            {
                id = table.Column<int>(type: "integer", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                character_id = table.Column<int>(type: "integer", nullable: false),
                discord_bot_token = table.Column<string>(type: "text", nullable: true),
                discord_application_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                discord_guild_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                discord_status_message = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                discord_activity_type = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true, defaultValue: "playing"),
                max_message_length = table.Column<int>(type: "integer", nullable: true, defaultValue: 2000),
                typing_delay_seconds = table.Column<decimal>(type: "numeric(3,1)", precision: 3, scale: 1, nullable: true, defaultValue: 2.0m),
                enable_reactions = table.Column<bool>(type: "boolean", nullable: true, defaultValue: true),
                enable_typing_indicator = table.Column<bool>(type: "boolean", nullable: true, defaultValue: true),
                is_active = table.Column<bool>(type: "boolean", nullable: true, defaultValue: true),
                created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true, defaultValueSql: "CURRENT_TIMESTAMP"),
                updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true, defaultValueSql: "CURRENT_TIMESTAMP")
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_character_discord_config", x => x.id);
                table.ForeignKey(
                    name: "fk_character_discord_config_characters_character_id",
                    column: x => x.character_id,
                    principalTable: "characters",
                    principalColumn: "id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex(
            name: "character_discord_config_character_id_is_active_key",
            table: "character_discord_config",
            columns: new[] { "character_id", "is_active" },
            unique: true);

        migrationBuilder.CreateIndex(
            name: "idx_character_discord_config_active",
            table: "character_discord_config",
            column: "is_active");

        migrationBuilder.CreateIndex(
            name: "idx_character_discord_config_character_id",
            table: "character_discord_config",
            column: "character_id");

        migrationBuilder.CreateTable(
            name: "character_response_modes",
            columns: table => new
            {
                id = table.Column<int>(type: "integer", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                character_id = table.Column<int>(type: "integer", nullable: false),
                mode_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                description = table.Column<string>(type: "text", nullable: true),
                activation_triggers = table.Column<string>(type: "text", nullable: true),
                response_characteristics = table.Column<string>(type: "text", nullable: true),
                priority_level = table.Column<int>(type: "integer", nullable: true, defaultValue: 1),
                is_active = table.Column<bool>(type: "boolean", nullable: true, defaultValue: true),
                created_at = table.Column<DateTime>(type: "timestamp without time zone", nullable: true, defaultValueSql: "now()")
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_character_response_modes", x => x.id);
                table.ForeignKey(
                    name: "fk_character_response_modes_characters_character_id",
                    column: x => x.character_id,
                    principalTable: "characters",
                    principalColumn: "id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex(
            name: "ix_character_response_modes_character_id",
            table: "character_response_modes",
            column: "character_id");

        migrationBuilder.CreateTable(
            name: "character_conversation_modes",
            columns: table => new
            {
                id = table.Column<int>(type: "integer", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                character_id = table.Column<int>(type: "integer", nullable: false),
                mode_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                activation_condition = table.Column<string>(type: "text", nullable: true),
                response_style = table.Column<string>(type: "text", nullable: true),
                conversation_flow_guidance = table.Column<string>(type: "text", nullable: true),
                priority = table.Column<int>(type: "integer", nullable: true, defaultValue: 1),
                is_active = table.Column<bool>(type: "boolean", nullable: true, defaultValue: true),
                created_at = table.Column<DateTime>(type: "timestamp without time zone", nullable: true, defaultValueSql: "now()")
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_character_conversation_modes", x => x.id);
                table.ForeignKey(
                    name: "fk_character_conversation_modes_characters_character_id",
                    column: x => x.character_id,
                    principalTable: "characters",
                    principalColumn: "id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex(
            name: "ix_character_conversation_modes_character_id",
            table: "character_conversation_modes",
            column: "character_id");

        migrationBuilder.CreateTable(
            name: "character_memories",
            columns: table => new
            {
                id = table.Column<int>(type: "integer", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                character_id = table.Column<int>(type: "integer", nullable: false),
                memory_type = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                description = table.Column<string>(type: "text", nullable: false),
                emotional_impact = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                time_period = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                importance = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                created_at = table.Column<DateTime>(type: "timestamp without time zone", nullable: true, defaultValueSql: "now()")
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_character_memories", x => x.id);
                table.ForeignKey(
                    name: "fk_character_memories_characters_character_id",
                    column: x => x.character_id,
                    principalTable: "characters",
                    principalColumn: "id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex(
            name: "ix_character_memories_character_id",
            table: "character_memories",
            column: "character_id");

        migrationBuilder.CreateTable(
            name: "character_background",
            columns: table => new
            {
                id = table.Column<int>(type: "integer", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                character_id = table.Column<int>(type: "integer", nullable: false),
                childhood = table.Column<string>(type: "text", nullable: true),
                education = table.Column<string>(type: "text", nullable: true),
                career_path = table.Column<string>(type: "text", nullable: true),
                major_life_events = table.Column<string>(type: "text", nullable: true),
                formative_experiences = table.Column<string>(type: "text", nullable: true),
                family_background = table.Column<string>(type: "text", nullable: true),
                created_at = table.Column<DateTime>(type: "timestamp without time zone", nullable: true, defaultValueSql: "now()")
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_character_background", x => x.id);
                table.ForeignKey(
                    name: "fk_character_background_characters_character_id",
                    column: x => x.character_id,
                    principalTable: "characters",
                    principalColumn: "id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex(
            name: "character_background_character_id_key",
            table: "character_background",
            column: "character_id",
            unique: true);

        migrationBuilder.CreateTable(
            name: "character_relationships",
            columns: table => new
            {
                id = table.Column<int>(type: "integer", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                character_id = table.Column<int>(type: "integer", nullable: false),
                relationship_type = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                entity_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                relationship_description = table.Column<string>(type: "text", nullable: true),
                emotional_connection = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                current_status = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                created_at = table.Column<DateTime>(type: "timestamp without time zone", nullable: true, defaultValueSql: "now()")
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_character_relationships", x => x.id);
                table.ForeignKey(
                    name: "fk_character_relationships_characters_character_id",
                    column: x => x.character_id,
                    principalTable: "characters",
                    principalColumn: "id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex(
            name: "ix_character_relationships_character_id",
            table: "character_relationships",
            column: "character_id");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(
            name: "character_relationships");

        migrationBuilder.DropTable(
            name: "character_background");

        migrationBuilder.DropTable(
            name: "character_memories");

        migrationBuilder.DropTable(
            name: "character_conversation_modes");

        migrationBuilder.DropTable(
            name: "character_response_modes");

        migrationBuilder.DropTable(
            name: "character_discord_config");

        migrationBuilder.DropTable(
            name: "character_llm_config");

        migrationBuilder.DropTable(
            name: "banned_users");

        migrationBuilder.DropTable(
            name: "bot_deployments");
    }
}
