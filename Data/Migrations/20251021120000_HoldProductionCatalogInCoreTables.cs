using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace WhisperAspire.Data.Migrations;

/// <summary>
/// Issue 10: the core tables hold production's catalog as well as the seeds' DDL (docs/schema.md). Production's
/// columns, keys and indexes are added; types change where production's wins, converting the rows (uuid ids, the
/// integer emotional impact with unconvertible text kept beside, the key topics array); the seed keys that reject
/// production's rows are relaxed; core_fill_* triggers derive the NOT NULL columns one side does not know.
/// </summary>
[DbContext(typeof(WhisperEngineDbContext))]
[Migration("20251021120000_HoldProductionCatalogInCoreTables")]
public class HoldProductionCatalogInCoreTables : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql(BeforeTighterColumns);

        migrationBuilder.DropForeignKey(
            name: "fk_bot_deployments_characters_character_id",
            table: "bot_deployments");

        // ix_character_response_modes_character_id stays: EF now covers character_id with a named index, but no step removes an index.

        // ix_character_relationships_character_id stays: EF now covers character_id with a named index, but no step removes an index.

        // ix_character_memories_character_id stays: EF now covers character_id with a named index, but no step removes an index.

        // ix_character_interests_character_id stays: EF now covers character_id with a named index, but no step removes an index.

        migrationBuilder.DropIndex(
            name: "character_background_character_id_key",
            table: "character_background");

        migrationBuilder.RenameIndex(
            name: "ix_character_question_templates_character_id",
            table: "character_question_templates",
            newName: "idx_character_question_templates_character_id");

        migrationBuilder.RenameIndex(
            name: "ix_character_entity_categories_character_id",
            table: "character_entity_categories",
            newName: "idx_character_entity_categories_character_id");

        migrationBuilder.RenameIndex(
            name: "ix_character_conversation_modes_character_id",
            table: "character_conversation_modes",
            newName: "idx_conversation_modes_character");

        migrationBuilder.RenameIndex(
            name: "ix_bot_deployments_character_id",
            table: "bot_deployments",
            newName: "idx_bot_deployments_character_id");

        migrationBuilder.AlterColumn<string>(
            name: "username",
            table: "users",
            type: "text",
            nullable: false,
            oldClrType: typeof(string),
            oldType: "character varying(255)",
            oldMaxLength: 255);

        migrationBuilder.AlterColumn<string>(
            name: "display_name",
            table: "users",
            type: "text",
            nullable: true,
            oldClrType: typeof(string),
            oldType: "character varying(255)",
            oldMaxLength: 255,
            oldNullable: true);

        migrationBuilder.AddColumn<DateTime>(
            name: "last_seen",
            table: "users",
            type: "timestamp without time zone",
            nullable: true,
            defaultValueSql: "CURRENT_TIMESTAMP");

        migrationBuilder.AddColumn<int>(
            name: "message_count",
            table: "users",
            type: "integer",
            nullable: true,
            defaultValue: 0);

        migrationBuilder.AddColumn<string>(
            name: "preferences",
            table: "users",
            type: "text",
            nullable: true,
            defaultValueSql: "'{}'::text");

        migrationBuilder.AddColumn<string>(
            name: "privacy_settings",
            table: "users",
            type: "text",
            nullable: true,
            defaultValueSql: "'{}'::text");

        migrationBuilder.AddColumn<string>(
            name: "user_id",
            table: "users",
            type: "text",
            nullable: true);

        migrationBuilder.AddColumn<string>(
            name: "fact_data",
            table: "user_facts",
            type: "jsonb",
            nullable: true);

        migrationBuilder.AddColumn<string>(
            name: "object",
            table: "user_facts",
            type: "character varying(255)",
            maxLength: 255,
            nullable: true);

        migrationBuilder.AddColumn<string>(
            name: "predicate",
            table: "user_facts",
            type: "character varying(255)",
            maxLength: 255,
            nullable: true);

        migrationBuilder.AddColumn<string>(
            name: "source_message",
            table: "user_facts",
            type: "text",
            nullable: true);

        migrationBuilder.AddColumn<string>(
            name: "subject",
            table: "user_facts",
            type: "character varying(255)",
            maxLength: 255,
            nullable: true);

        migrationBuilder.AddColumn<DateTime>(
            name: "timestamp",
            table: "user_facts",
            type: "timestamp without time zone",
            nullable: true,
            defaultValueSql: "CURRENT_TIMESTAMP");

        migrationBuilder.AlterColumn<string>(
            name: "trait_name",
            table: "personality_traits",
            type: "character varying(200)",
            maxLength: 200,
            nullable: false,
            oldClrType: typeof(string),
            oldType: "character varying(50)",
            oldMaxLength: 50);

        migrationBuilder.AlterColumn<string>(
            name: "intensity",
            table: "personality_traits",
            type: "character varying(100)",
            maxLength: 100,
            nullable: true,
            oldClrType: typeof(string),
            oldType: "character varying(20)",
            oldMaxLength: 20,
            oldNullable: true);

        migrationBuilder.AlterColumn<DateTime>(
            name: "updated_at",
            table: "conversation_summaries",
            type: "timestamp without time zone",
            nullable: false,
            defaultValueSql: "now()",
            oldClrType: typeof(DateTime),
            oldType: "timestamp without time zone",
            oldNullable: true,
            oldDefaultValueSql: "now()");

        migrationBuilder.Sql(KeyTopicsToArray);

        migrationBuilder.AlterColumn<DateTime>(
            name: "created_at",
            table: "conversation_summaries",
            type: "timestamp without time zone",
            nullable: false,
            defaultValueSql: "now()",
            oldClrType: typeof(DateTime),
            oldType: "timestamp without time zone",
            oldNullable: true,
            oldDefaultValueSql: "now()");

        migrationBuilder.AddColumn<double>(
            name: "compression_ratio",
            table: "conversation_summaries",
            type: "double precision",
            nullable: true);

        migrationBuilder.AddColumn<double>(
            name: "confidence_score",
            table: "conversation_summaries",
            type: "double precision",
            nullable: true,
            defaultValue: 0.5);

        migrationBuilder.AddColumn<DateTime>(
            name: "end_timestamp",
            table: "conversation_summaries",
            type: "timestamp without time zone",
            nullable: true);

        migrationBuilder.AddColumn<string>(
            name: "enrichment_version",
            table: "conversation_summaries",
            type: "character varying(20)",
            maxLength: 20,
            nullable: false,
            defaultValueSql: "'v1.0'::character varying");

        migrationBuilder.AddColumn<int>(
            name: "message_count",
            table: "conversation_summaries",
            type: "integer",
            nullable: true);

        migrationBuilder.AddColumn<DateTime>(
            name: "start_timestamp",
            table: "conversation_summaries",
            type: "timestamp without time zone",
            nullable: true);

        migrationBuilder.AddColumn<string>(
            name: "summary_type",
            table: "conversation_summaries",
            type: "character varying(50)",
            maxLength: 50,
            nullable: false,
            defaultValueSql: "'time_window'::character varying");

        migrationBuilder.AlterColumn<string>(
            name: "response_length",
            table: "communication_styles",
            type: "text",
            nullable: true,
            oldClrType: typeof(string),
            oldType: "character varying(50)",
            oldMaxLength: 50,
            oldNullable: true);

        migrationBuilder.AlterColumn<string>(
            name: "formality",
            table: "communication_styles",
            type: "character varying(500)",
            maxLength: 500,
            nullable: true,
            oldClrType: typeof(string),
            oldType: "character varying(100)",
            oldMaxLength: 100,
            oldNullable: true);

        migrationBuilder.AddColumn<string>(
            name: "response_length_preference",
            table: "communication_styles",
            type: "character varying(200)",
            maxLength: 200,
            nullable: true);

        migrationBuilder.AlterColumn<DateTime>(
            name: "updated_at",
            table: "characters",
            type: "timestamp with time zone",
            nullable: true,
            defaultValueSql: "now()",
            oldClrType: typeof(DateTime),
            oldType: "timestamp without time zone",
            oldNullable: true,
            oldDefaultValueSql: "now()");

        migrationBuilder.AlterColumn<string>(
            name: "name",
            table: "characters",
            type: "character varying(500)",
            maxLength: 500,
            nullable: false,
            oldClrType: typeof(string),
            oldType: "character varying(255)",
            oldMaxLength: 255);

        migrationBuilder.AlterColumn<DateTime>(
            name: "created_at",
            table: "characters",
            type: "timestamp with time zone",
            nullable: true,
            defaultValueSql: "now()",
            oldClrType: typeof(DateTime),
            oldType: "timestamp without time zone",
            oldNullable: true,
            oldDefaultValueSql: "now()");

        migrationBuilder.AddColumn<bool>(
            name: "allow_full_roleplay",
            table: "characters",
            type: "boolean",
            nullable: true,
            defaultValue: false);

        migrationBuilder.AddColumn<string>(
            name: "archetype",
            table: "characters",
            type: "character varying(100)",
            maxLength: 100,
            nullable: true,
            defaultValueSql: "'real-world'::character varying");

        migrationBuilder.AddColumn<DateTime>(
            name: "created_date",
            table: "characters",
            type: "timestamp without time zone",
            nullable: true,
            defaultValueSql: "CURRENT_TIMESTAMP");

        migrationBuilder.AddColumn<string>(
            name: "description",
            table: "characters",
            type: "text",
            nullable: true);

        migrationBuilder.AddColumn<string>(
            name: "emoji_age_demographic",
            table: "characters",
            type: "character varying(50)",
            maxLength: 50,
            nullable: false,
            defaultValueSql: "'millennial'::character varying");

        migrationBuilder.AddColumn<string>(
            name: "emoji_combination",
            table: "characters",
            type: "character varying(50)",
            maxLength: 50,
            nullable: false,
            defaultValueSql: "'text_with_accent_emoji'::character varying");

        migrationBuilder.AddColumn<string>(
            name: "emoji_cultural_influence",
            table: "characters",
            type: "character varying(100)",
            maxLength: 100,
            nullable: false,
            defaultValueSql: "'general'::character varying");

        migrationBuilder.AddColumn<string>(
            name: "emoji_frequency",
            table: "characters",
            type: "character varying(50)",
            maxLength: 50,
            nullable: false,
            defaultValueSql: "'moderate'::character varying");

        migrationBuilder.AddColumn<string>(
            name: "emoji_placement",
            table: "characters",
            type: "character varying(50)",
            maxLength: 50,
            nullable: false,
            defaultValueSql: "'end_of_message'::character varying");

        migrationBuilder.AddColumn<string>(
            name: "emoji_style",
            table: "characters",
            type: "character varying(50)",
            maxLength: 50,
            nullable: false,
            defaultValueSql: "'general'::character varying");

        migrationBuilder.AddColumn<bool>(
            name: "is_active",
            table: "characters",
            type: "boolean",
            nullable: true,
            defaultValue: true);

        migrationBuilder.AddColumn<string>(
            name: "normalized_name",
            table: "characters",
            type: "character varying(200)",
            maxLength: 200,
            nullable: true);

        migrationBuilder.AddColumn<string>(
            name: "occupation",
            table: "characters",
            type: "character varying(500)",
            maxLength: 500,
            nullable: true);

        migrationBuilder.AddColumn<DateTime>(
            name: "updated_date",
            table: "characters",
            type: "timestamp without time zone",
            nullable: true,
            defaultValueSql: "CURRENT_TIMESTAMP");

        migrationBuilder.AlterColumn<string>(
            name: "value_key",
            table: "character_values",
            type: "character varying(300)",
            maxLength: 300,
            nullable: false,
            oldClrType: typeof(string),
            oldType: "character varying(100)",
            oldMaxLength: 100);

        migrationBuilder.AlterColumn<string>(
            name: "importance_level",
            table: "character_values",
            type: "character varying(100)",
            maxLength: 100,
            nullable: true,
            defaultValue: "medium",
            oldClrType: typeof(string),
            oldType: "character varying(20)",
            oldMaxLength: 20,
            oldNullable: true,
            oldDefaultValue: "medium");

        migrationBuilder.AlterColumn<string>(
            name: "category",
            table: "character_values",
            type: "character varying(200)",
            maxLength: 200,
            nullable: true,
            oldClrType: typeof(string),
            oldType: "character varying(50)",
            oldMaxLength: 50,
            oldNullable: true);

        migrationBuilder.AlterColumn<int>(
            name: "character_id",
            table: "character_response_modes",
            type: "integer",
            nullable: true,
            oldClrType: typeof(int),
            oldType: "integer");

        migrationBuilder.AddColumn<int>(
            name: "conflict_resolution_priority",
            table: "character_response_modes",
            type: "integer",
            nullable: true);

        migrationBuilder.AddColumn<string>(
            name: "examples",
            table: "character_response_modes",
            type: "text",
            nullable: true);

        migrationBuilder.AddColumn<string>(
            name: "length_guideline",
            table: "character_response_modes",
            type: "text",
            nullable: true);

        migrationBuilder.AddColumn<string>(
            name: "mode_description",
            table: "character_response_modes",
            type: "text",
            nullable: true);

        migrationBuilder.AddColumn<string>(
            name: "response_style",
            table: "character_response_modes",
            type: "text",
            nullable: true);

        migrationBuilder.AddColumn<string>(
            name: "tone_adjustment",
            table: "character_response_modes",
            type: "text",
            nullable: true);

        migrationBuilder.AlterColumn<int>(
            name: "character_id",
            table: "character_relationships",
            type: "integer",
            nullable: true,
            oldClrType: typeof(int),
            oldType: "integer");

        migrationBuilder.AddColumn<string>(
            name: "communication_style",
            table: "character_relationships",
            type: "text",
            nullable: true);

        migrationBuilder.AddColumn<string>(
            name: "connection_nature",
            table: "character_relationships",
            type: "text",
            nullable: true);

        migrationBuilder.AddColumn<DateTime>(
            name: "created_date",
            table: "character_relationships",
            type: "timestamp without time zone",
            nullable: true,
            defaultValueSql: "CURRENT_TIMESTAMP");

        migrationBuilder.AddColumn<string>(
            name: "description",
            table: "character_relationships",
            type: "text",
            nullable: true);

        migrationBuilder.AddColumn<string>(
            name: "memory_sharing",
            table: "character_relationships",
            type: "text",
            nullable: true);

        migrationBuilder.AddColumn<string>(
            name: "name_usage",
            table: "character_relationships",
            type: "text",
            nullable: true);

        migrationBuilder.AddColumn<string>(
            name: "recognition_pattern",
            table: "character_relationships",
            type: "text",
            nullable: true);

        migrationBuilder.AddColumn<string>(
            name: "related_entity",
            table: "character_relationships",
            type: "character varying(200)",
            maxLength: 200,
            nullable: true);

        migrationBuilder.AddColumn<int>(
            name: "relationship_strength",
            table: "character_relationships",
            type: "integer",
            nullable: true,
            defaultValue: 5);

        migrationBuilder.AddColumn<string>(
            name: "status",
            table: "character_relationships",
            type: "character varying(20)",
            maxLength: 20,
            nullable: true,
            defaultValueSql: "'active'::character varying");

        migrationBuilder.AddColumn<string>(
            name: "gap_type",
            table: "character_question_templates",
            type: "character varying(50)",
            maxLength: 50,
            nullable: true);

        migrationBuilder.AddColumn<string[]>(
            name: "keywords",
            table: "character_question_templates",
            type: "character varying(100)[]",
            nullable: true);

        migrationBuilder.AddColumn<string>(
            name: "personality_style",
            table: "character_question_templates",
            type: "character varying(50)",
            maxLength: 50,
            nullable: true);

        migrationBuilder.AddColumn<int>(
            name: "priority_order",
            table: "character_question_templates",
            type: "integer",
            nullable: false,
            defaultValue: 1);

        migrationBuilder.AddColumn<string>(
            name: "template_text",
            table: "character_question_templates",
            type: "text",
            nullable: true);

        migrationBuilder.AddColumn<DateTime>(
            name: "updated_at",
            table: "character_question_templates",
            type: "timestamp without time zone",
            nullable: true,
            defaultValueSql: "CURRENT_TIMESTAMP");

        // character_memories.title becomes NOT NULL after the backfill (FillNotNullColumns).

        migrationBuilder.AlterColumn<string>(
            name: "time_period",
            table: "character_memories",
            type: "text",
            nullable: true,
            oldClrType: typeof(string),
            oldType: "character varying(200)",
            oldMaxLength: 200,
            oldNullable: true);

        migrationBuilder.Sql(EmotionalImpactToInteger);

        migrationBuilder.AlterColumn<int>(
            name: "character_id",
            table: "character_memories",
            type: "integer",
            nullable: true,
            oldClrType: typeof(int),
            oldType: "integer");

        migrationBuilder.AddColumn<DateTime>(
            name: "created_date",
            table: "character_memories",
            type: "timestamp without time zone",
            nullable: true,
            defaultValueSql: "CURRENT_TIMESTAMP");

        // emotional_impact_text is added by EmotionalImpactToInteger.

        migrationBuilder.AddColumn<int>(
            name: "importance_level",
            table: "character_memories",
            type: "integer",
            nullable: true,
            defaultValue: 5);

        migrationBuilder.AddColumn<string[]>(
            name: "triggers",
            table: "character_memories",
            type: "text[]",
            nullable: true);

        migrationBuilder.AddColumn<string>(
            name: "after_state",
            table: "character_learning_timeline",
            type: "text",
            nullable: true);

        migrationBuilder.AddColumn<string>(
            name: "before_state",
            table: "character_learning_timeline",
            type: "text",
            nullable: true);

        migrationBuilder.AddColumn<DateTime>(
            name: "learning_date",
            table: "character_learning_timeline",
            type: "timestamp with time zone",
            nullable: false,
            defaultValueSql: "CURRENT_TIMESTAMP");

        migrationBuilder.AddColumn<string>(
            name: "learning_type",
            table: "character_learning_timeline",
            type: "character varying(50)",
            maxLength: 50,
            nullable: true);

        migrationBuilder.AddColumn<double>(
            name: "significance_score",
            table: "character_learning_timeline",
            type: "double precision",
            nullable: true);

        migrationBuilder.AddColumn<string>(
            name: "trigger_conversation",
            table: "character_learning_timeline",
            type: "text",
            nullable: true);

        migrationBuilder.AddColumn<string>(
            name: "category",
            table: "character_interests",
            type: "character varying(200)",
            maxLength: 200,
            nullable: true);

        migrationBuilder.AddColumn<int>(
            name: "display_order",
            table: "character_interests",
            type: "integer",
            nullable: true);

        migrationBuilder.AddColumn<string>(
            name: "frequency",
            table: "character_interests",
            type: "character varying(100)",
            maxLength: 100,
            nullable: true);

        migrationBuilder.AddColumn<string>(
            name: "importance",
            table: "character_interests",
            type: "character varying(100)",
            maxLength: 100,
            nullable: true);

        migrationBuilder.AddColumn<string>(
            name: "interest_text",
            table: "character_interests",
            type: "text",
            nullable: true);

        migrationBuilder.AddColumn<int>(
            name: "proficiency_level",
            table: "character_interests",
            type: "integer",
            nullable: true);

        migrationBuilder.AlterColumn<int>(
            name: "interest_id",
            table: "character_interest_topics",
            type: "integer",
            nullable: true,
            oldClrType: typeof(int),
            oldType: "integer");

        migrationBuilder.AddColumn<double>(
            name: "boost_weight",
            table: "character_interest_topics",
            type: "double precision",
            nullable: false,
            defaultValue: 0.29999999999999999);

        migrationBuilder.AddColumn<string>(
            name: "category",
            table: "character_interest_topics",
            type: "character varying(50)",
            maxLength: 50,
            nullable: true,
            defaultValueSql: "'general'::character varying");

        migrationBuilder.AddColumn<int>(
            name: "character_id",
            table: "character_interest_topics",
            type: "integer",
            nullable: true);

        migrationBuilder.AddColumn<string>(
            name: "gap_type_preference",
            table: "character_interest_topics",
            type: "character varying(50)",
            maxLength: 50,
            nullable: true);

        migrationBuilder.AddColumn<string>(
            name: "topic_keyword",
            table: "character_interest_topics",
            type: "character varying(100)",
            maxLength: 100,
            nullable: true);

        migrationBuilder.AddColumn<DateTime>(
            name: "updated_at",
            table: "character_interest_topics",
            type: "timestamp without time zone",
            nullable: true,
            defaultValueSql: "CURRENT_TIMESTAMP");

        migrationBuilder.AddColumn<string>(
            name: "category_type",
            table: "character_entity_categories",
            type: "character varying(50)",
            maxLength: 50,
            nullable: true);

        migrationBuilder.AddColumn<string>(
            name: "entity_keyword",
            table: "character_entity_categories",
            type: "character varying(100)",
            maxLength: 100,
            nullable: true);

        migrationBuilder.AddColumn<int>(
            name: "priority_level",
            table: "character_entity_categories",
            type: "integer",
            nullable: false,
            defaultValue: 3);

        migrationBuilder.AddColumn<string>(
            name: "question_preference",
            table: "character_entity_categories",
            type: "character varying(50)",
            maxLength: 50,
            nullable: true);

        migrationBuilder.AddColumn<DateTime>(
            name: "updated_at",
            table: "character_entity_categories",
            type: "timestamp without time zone",
            nullable: true,
            defaultValueSql: "CURRENT_TIMESTAMP");

        migrationBuilder.AlterColumn<string>(
            name: "emotion_name",
            table: "character_emotional_states",
            type: "character varying(100)",
            maxLength: 100,
            nullable: true,
            oldClrType: typeof(string),
            oldType: "character varying(100)",
            oldMaxLength: 100);

        migrationBuilder.AlterColumn<DateTime>(
            name: "created_at",
            table: "character_emotional_states",
            type: "timestamp with time zone",
            nullable: false,
            defaultValueSql: "now()",
            oldClrType: typeof(DateTime),
            oldType: "timestamp without time zone",
            oldNullable: true,
            oldDefaultValueSql: "now()");

        migrationBuilder.AlterColumn<int>(
            name: "character_id",
            table: "character_emotional_states",
            type: "integer",
            nullable: true,
            oldClrType: typeof(int),
            oldType: "integer");

        migrationBuilder.Sql(EmotionalStateIdsToUuid);

        migrationBuilder.AddColumn<double>(
            name: "anger",
            table: "character_emotional_states",
            type: "double precision",
            nullable: false,
            defaultValue: 0.10000000000000001);

        migrationBuilder.AddColumn<double>(
            name: "anticipation",
            table: "character_emotional_states",
            type: "double precision",
            nullable: false,
            defaultValue: 0.40000000000000002);

        migrationBuilder.AddColumn<double>(
            name: "baseline_anger",
            table: "character_emotional_states",
            type: "double precision",
            nullable: false,
            defaultValue: 0.10000000000000001);

        migrationBuilder.AddColumn<double>(
            name: "baseline_anticipation",
            table: "character_emotional_states",
            type: "double precision",
            nullable: false,
            defaultValue: 0.40000000000000002);

        migrationBuilder.AddColumn<double>(
            name: "baseline_disgust",
            table: "character_emotional_states",
            type: "double precision",
            nullable: false,
            defaultValue: 0.050000000000000003);

        migrationBuilder.AddColumn<double>(
            name: "baseline_fear",
            table: "character_emotional_states",
            type: "double precision",
            nullable: false,
            defaultValue: 0.14999999999999999);

        migrationBuilder.AddColumn<double>(
            name: "baseline_joy",
            table: "character_emotional_states",
            type: "double precision",
            nullable: false,
            defaultValue: 0.69999999999999996);

        migrationBuilder.AddColumn<double>(
            name: "baseline_love",
            table: "character_emotional_states",
            type: "double precision",
            nullable: false,
            defaultValue: 0.59999999999999998);

        migrationBuilder.AddColumn<double>(
            name: "baseline_optimism",
            table: "character_emotional_states",
            type: "double precision",
            nullable: false,
            defaultValue: 0.65000000000000002);

        migrationBuilder.AddColumn<double>(
            name: "baseline_pessimism",
            table: "character_emotional_states",
            type: "double precision",
            nullable: false,
            defaultValue: 0.20000000000000001);

        migrationBuilder.AddColumn<double>(
            name: "baseline_sadness",
            table: "character_emotional_states",
            type: "double precision",
            nullable: false,
            defaultValue: 0.14999999999999999);

        migrationBuilder.AddColumn<double>(
            name: "baseline_surprise",
            table: "character_emotional_states",
            type: "double precision",
            nullable: false,
            defaultValue: 0.25);

        migrationBuilder.AddColumn<double>(
            name: "baseline_trust",
            table: "character_emotional_states",
            type: "double precision",
            nullable: false,
            defaultValue: 0.69999999999999996);

        migrationBuilder.AddColumn<string>(
            name: "character_name",
            table: "character_emotional_states",
            type: "character varying(100)",
            maxLength: 100,
            nullable: true);

        migrationBuilder.AddColumn<double>(
            name: "disgust",
            table: "character_emotional_states",
            type: "double precision",
            nullable: false,
            defaultValue: 0.050000000000000003);

        migrationBuilder.AddColumn<double>(
            name: "fear",
            table: "character_emotional_states",
            type: "double precision",
            nullable: false,
            defaultValue: 0.14999999999999999);

        migrationBuilder.AddColumn<double>(
            name: "joy",
            table: "character_emotional_states",
            type: "double precision",
            nullable: false,
            defaultValue: 0.69999999999999996);

        migrationBuilder.AddColumn<DateTime>(
            name: "last_updated",
            table: "character_emotional_states",
            type: "timestamp with time zone",
            nullable: false,
            defaultValueSql: "now()");

        migrationBuilder.AddColumn<double>(
            name: "love",
            table: "character_emotional_states",
            type: "double precision",
            nullable: false,
            defaultValue: 0.59999999999999998);

        migrationBuilder.AddColumn<double>(
            name: "optimism",
            table: "character_emotional_states",
            type: "double precision",
            nullable: false,
            defaultValue: 0.65000000000000002);

        migrationBuilder.AddColumn<double>(
            name: "pessimism",
            table: "character_emotional_states",
            type: "double precision",
            nullable: false,
            defaultValue: 0.20000000000000001);

        migrationBuilder.AddColumn<string>(
            name: "recent_emotion_history",
            table: "character_emotional_states",
            type: "json",
            nullable: false,
            defaultValueSql: "'[]'::json");

        migrationBuilder.AddColumn<double>(
            name: "sadness",
            table: "character_emotional_states",
            type: "double precision",
            nullable: false,
            defaultValue: 0.14999999999999999);

        migrationBuilder.AddColumn<double>(
            name: "surprise",
            table: "character_emotional_states",
            type: "double precision",
            nullable: false,
            defaultValue: 0.25);

        migrationBuilder.AddColumn<int>(
            name: "total_interactions",
            table: "character_emotional_states",
            type: "integer",
            nullable: false,
            defaultValue: 0);

        migrationBuilder.AddColumn<double>(
            name: "trust",
            table: "character_emotional_states",
            type: "double precision",
            nullable: false,
            defaultValue: 0.69999999999999996);

        migrationBuilder.AddColumn<string>(
            name: "user_id",
            table: "character_emotional_states",
            type: "character varying(255)",
            maxLength: 255,
            nullable: true);

        migrationBuilder.AlterColumn<DateTime>(
            name: "created_at",
            table: "character_conversation_modes",
            type: "timestamp without time zone",
            nullable: false,
            defaultValueSql: "now()",
            oldClrType: typeof(DateTime),
            oldType: "timestamp without time zone",
            oldNullable: true,
            oldDefaultValueSql: "now()");

        migrationBuilder.AddColumn<string>(
            name: "approach",
            table: "character_conversation_modes",
            type: "text",
            nullable: true);

        migrationBuilder.AddColumn<string>(
            name: "energy_level",
            table: "character_conversation_modes",
            type: "character varying(50)",
            maxLength: 50,
            nullable: true);

        migrationBuilder.AddColumn<string>(
            name: "transition_style",
            table: "character_conversation_modes",
            type: "text",
            nullable: true);

        migrationBuilder.AddColumn<DateTime>(
            name: "updated_at",
            table: "character_conversation_modes",
            type: "timestamp without time zone",
            nullable: false,
            defaultValueSql: "CURRENT_TIMESTAMP");

        migrationBuilder.AlterColumn<int>(
            name: "character_id",
            table: "character_background",
            type: "integer",
            nullable: true,
            oldClrType: typeof(int),
            oldType: "integer");

        migrationBuilder.AddColumn<string>(
            name: "category",
            table: "character_background",
            type: "character varying(50)",
            maxLength: 50,
            nullable: true);

        migrationBuilder.AddColumn<DateTime>(
            name: "created_date",
            table: "character_background",
            type: "timestamp without time zone",
            nullable: true,
            defaultValueSql: "CURRENT_TIMESTAMP");

        migrationBuilder.AddColumn<string>(
            name: "date_range",
            table: "character_background",
            type: "text",
            nullable: true);

        migrationBuilder.AddColumn<string>(
            name: "description",
            table: "character_background",
            type: "text",
            nullable: true);

        migrationBuilder.AddColumn<int>(
            name: "importance_level",
            table: "character_background",
            type: "integer",
            nullable: true,
            defaultValue: 5);

        migrationBuilder.AddColumn<string>(
            name: "period",
            table: "character_background",
            type: "character varying(100)",
            maxLength: 100,
            nullable: true);

        migrationBuilder.AddColumn<string>(
            name: "title",
            table: "character_background",
            type: "text",
            nullable: true);

        migrationBuilder.AlterColumn<string>(
            name: "status",
            table: "bot_deployments",
            type: "character varying(50)",
            maxLength: 50,
            nullable: false,
            defaultValueSql: "'deploying'::character varying",
            oldClrType: typeof(string),
            oldType: "character varying(50)",
            oldMaxLength: 50,
            oldNullable: true,
            oldDefaultValue: "inactive");

        migrationBuilder.AlterColumn<string>(
            name: "discord_token_encrypted",
            table: "bot_deployments",
            type: "text",
            nullable: false,
            defaultValueSql: "''::text",
            oldClrType: typeof(string),
            oldType: "text");

        migrationBuilder.AlterColumn<DateTime>(
            name: "created_at",
            table: "bot_deployments",
            type: "timestamp with time zone",
            nullable: true,
            defaultValueSql: "now()",
            oldClrType: typeof(DateTime),
            oldType: "timestamp without time zone",
            oldNullable: true,
            oldDefaultValueSql: "now()");

        // bot_deployments.character_id becomes NOT NULL after the backfill (FillNotNullColumns).

        migrationBuilder.AddColumn<string>(
            name: "config",
            table: "bot_deployments",
            type: "json",
            nullable: true);

        migrationBuilder.AddColumn<string>(
            name: "container_name",
            table: "bot_deployments",
            type: "character varying(255)",
            maxLength: 255,
            nullable: true);

        migrationBuilder.AddColumn<DateTime>(
            name: "deployed_at",
            table: "bot_deployments",
            type: "timestamp with time zone",
            nullable: true);

        migrationBuilder.AddColumn<string>(
            name: "error_message",
            table: "bot_deployments",
            type: "text",
            nullable: true);

        migrationBuilder.AddColumn<int>(
            name: "port",
            table: "bot_deployments",
            type: "integer",
            nullable: true);

        migrationBuilder.AddColumn<DateTime>(
            name: "stopped_at",
            table: "bot_deployments",
            type: "timestamp with time zone",
            nullable: true);

        migrationBuilder.AlterColumn<string>(
            name: "unbanned_by",
            table: "banned_users",
            type: "text",
            nullable: true,
            oldClrType: typeof(string),
            oldType: "character varying(255)",
            oldMaxLength: 255,
            oldNullable: true);

        migrationBuilder.AlterColumn<string>(
            name: "banned_by",
            table: "banned_users",
            type: "text",
            nullable: false,
            defaultValueSql: "'system'::text",
            oldClrType: typeof(string),
            oldType: "character varying(255)",
            oldMaxLength: 255,
            oldNullable: true);

        migrationBuilder.AddColumn<string>(
            name: "ban_reason",
            table: "banned_users",
            type: "text",
            nullable: true);

        migrationBuilder.AddColumn<string>(
            name: "discord_user_id",
            table: "banned_users",
            type: "text",
            nullable: true);

        migrationBuilder.AddColumn<DateTime>(
            name: "expires_at",
            table: "banned_users",
            type: "timestamp without time zone",
            nullable: true);

        migrationBuilder.AddColumn<string>(
            name: "notes",
            table: "banned_users",
            type: "text",
            nullable: true);

        migrationBuilder.AddColumn<string>(
            name: "unban_reason",
            table: "banned_users",
            type: "text",
            nullable: true);

        migrationBuilder.CreateIndex(
            name: "users_user_id_key",
            table: "users",
            column: "user_id",
            unique: true);

        migrationBuilder.CreateIndex(
            name: "idx_conversation_summaries_created",
            table: "conversation_summaries",
            column: "created_at");

        migrationBuilder.CreateIndex(
            name: "idx_conversation_summaries_time",
            table: "conversation_summaries",
            columns: new[] { "start_timestamp", "end_timestamp" });

        migrationBuilder.CreateIndex(
            name: "idx_conversation_summaries_topics",
            table: "conversation_summaries",
            column: "key_topics")
            .Annotation("Npgsql:IndexMethod", "gin");

        migrationBuilder.CreateIndex(
            name: "idx_conversation_summaries_user_bot",
            table: "conversation_summaries",
            columns: new[] { "user_id", "bot_name" });

        migrationBuilder.CreateIndex(
            name: "ix_conversation_summaries_user_id_bot_name_start_timestamp_end",
            table: "conversation_summaries",
            columns: new[] { "user_id", "bot_name", "start_timestamp", "end_timestamp" },
            unique: true);

        migrationBuilder.CreateIndex(
            name: "characters_normalized_name_key",
            table: "characters",
            column: "normalized_name",
            unique: true);

        migrationBuilder.CreateIndex(
            name: "idx_characters_active",
            table: "characters",
            column: "is_active");

        migrationBuilder.CreateIndex(
            name: "idx_characters_active_lookup",
            table: "characters",
            column: "id",
            filter: "(is_active = true)");

        migrationBuilder.CreateIndex(
            name: "idx_characters_name_lookup",
            table: "characters",
            column: "name");

        migrationBuilder.CreateIndex(
            name: "idx_characters_normalized_name",
            table: "characters",
            column: "normalized_name");

        migrationBuilder.CreateIndex(
            name: "idx_response_modes_character",
            table: "character_response_modes",
            columns: new[] { "character_id", "mode_name" });

        migrationBuilder.CreateIndex(
            name: "idx_character_relationships_strength",
            table: "character_relationships",
            columns: new[] { "character_id", "relationship_strength" },
            descending: new[] { false, true });

        migrationBuilder.CreateIndex(
            name: "idx_character_relationships_type",
            table: "character_relationships",
            columns: new[] { "character_id", "relationship_type" });

        migrationBuilder.CreateIndex(
            name: "idx_character_relationships_type_strength",
            table: "character_relationships",
            columns: new[] { "character_id", "relationship_type", "relationship_strength" },
            descending: new[] { false, false, true });

        migrationBuilder.CreateIndex(
            name: "character_question_templates_character_id_gap_type_template__key",
            table: "character_question_templates",
            columns: new[] { "character_id", "gap_type", "template_text" },
            unique: true);

        migrationBuilder.CreateIndex(
            name: "idx_character_question_templates_gap_type",
            table: "character_question_templates",
            column: "gap_type");

        migrationBuilder.CreateIndex(
            name: "idx_character_question_templates_priority",
            table: "character_question_templates",
            column: "priority_order");

        migrationBuilder.CreateIndex(
            name: "idx_character_question_templates_style",
            table: "character_question_templates",
            column: "personality_style");

        migrationBuilder.CreateIndex(
            name: "idx_character_memories_emotional_impact",
            table: "character_memories",
            columns: new[] { "character_id", "emotional_impact" },
            descending: new[] { false, true });

        migrationBuilder.CreateIndex(
            name: "idx_character_memories_importance",
            table: "character_memories",
            columns: new[] { "character_id", "importance_level" },
            descending: new[] { false, true });

        migrationBuilder.CreateIndex(
            name: "idx_character_memories_trigger_importance",
            table: "character_memories",
            columns: new[] { "character_id", "triggers", "importance_level" })
            .Annotation("Npgsql:IndexMethod", "gin");

        migrationBuilder.CreateIndex(
            name: "idx_character_memories_triggers_gin",
            table: "character_memories",
            column: "triggers")
            .Annotation("Npgsql:IndexMethod", "gin");

        migrationBuilder.CreateIndex(
            name: "idx_character_memories_type",
            table: "character_memories",
            columns: new[] { "character_id", "memory_type" });

        migrationBuilder.CreateIndex(
            name: "idx_char_learning_timeline_character_id",
            table: "character_learning_timeline",
            column: "character_id");

        migrationBuilder.CreateIndex(
            name: "idx_char_learning_timeline_learning_date",
            table: "character_learning_timeline",
            column: "learning_date");

        migrationBuilder.CreateIndex(
            name: "idx_char_learning_timeline_learning_type",
            table: "character_learning_timeline",
            column: "learning_type");

        migrationBuilder.CreateIndex(
            name: "idx_char_learning_timeline_significance",
            table: "character_learning_timeline",
            column: "significance_score");

        migrationBuilder.CreateIndex(
            name: "character_interests_character_id_category_display_order_key",
            table: "character_interests",
            columns: new[] { "character_id", "category", "display_order" },
            unique: true);

        migrationBuilder.CreateIndex(
            name: "idx_interests_char_cat",
            table: "character_interests",
            columns: new[] { "character_id", "category" });

        migrationBuilder.AddCheckConstraint(
            name: "character_interests_proficiency_level_check",
            table: "character_interests",
            sql: "((proficiency_level >= 1) AND (proficiency_level <= 10))");

        migrationBuilder.CreateIndex(
            name: "character_interest_topics_character_id_topic_keyword_key",
            table: "character_interest_topics",
            columns: new[] { "character_id", "topic_keyword" },
            unique: true);

        migrationBuilder.CreateIndex(
            name: "idx_character_interest_topics_character_id",
            table: "character_interest_topics",
            column: "character_id");

        migrationBuilder.CreateIndex(
            name: "idx_character_interest_topics_keyword",
            table: "character_interest_topics",
            column: "topic_keyword");

        migrationBuilder.CreateIndex(
            name: "character_entity_categories_character_id_entity_keyword_key",
            table: "character_entity_categories",
            columns: new[] { "character_id", "entity_keyword" },
            unique: true);

        migrationBuilder.CreateIndex(
            name: "idx_character_entity_categories_keyword",
            table: "character_entity_categories",
            column: "entity_keyword");

        migrationBuilder.CreateIndex(
            name: "idx_character_entity_categories_priority",
            table: "character_entity_categories",
            column: "priority_level");

        migrationBuilder.CreateIndex(
            name: "idx_character_entity_categories_type",
            table: "character_entity_categories",
            column: "category_type");

        migrationBuilder.CreateIndex(
            name: "idx_char_emotional_states_char_user",
            table: "character_emotional_states",
            columns: new[] { "character_name", "user_id" },
            unique: true);

        migrationBuilder.CreateIndex(
            name: "idx_char_emotional_states_character",
            table: "character_emotional_states",
            column: "character_name");

        migrationBuilder.CreateIndex(
            name: "idx_char_emotional_states_last_updated",
            table: "character_emotional_states",
            column: "last_updated");

        migrationBuilder.CreateIndex(
            name: "idx_char_emotional_states_user",
            table: "character_emotional_states",
            column: "user_id");

        migrationBuilder.CreateIndex(
            name: "character_conversation_modes_character_id_mode_name_key",
            table: "character_conversation_modes",
            columns: new[] { "character_id", "mode_name" },
            unique: true);

        migrationBuilder.CreateIndex(
            name: "idx_character_background_category",
            table: "character_background",
            columns: new[] { "character_id", "category" });

        migrationBuilder.CreateIndex(
            name: "idx_character_background_category_importance",
            table: "character_background",
            columns: new[] { "character_id", "category", "importance_level" },
            descending: new[] { false, false, true });

        migrationBuilder.CreateIndex(
            name: "idx_character_background_description_trgm",
            table: "character_background",
            column: "description")
            .Annotation("Npgsql:IndexMethod", "gin")
            .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

        migrationBuilder.CreateIndex(
            name: "idx_character_background_importance",
            table: "character_background",
            columns: new[] { "character_id", "importance_level" },
            descending: new[] { false, true });

        migrationBuilder.CreateIndex(
            name: "idx_attributes_active",
            table: "character_attributes",
            columns: new[] { "character_id", "category" },
            filter: "(active = true)");

        // Before production's keys on banned_users and bot_deployments: rows of today's steps that break them are merged, nothing lost.
        migrationBuilder.Sql(MergeRowsThatBreakProductionKeys);

        migrationBuilder.CreateIndex(
            name: "bot_deployments_character_id_key",
            table: "bot_deployments",
            column: "character_id",
            unique: true);

        migrationBuilder.CreateIndex(
            name: "bot_deployments_container_name_key",
            table: "bot_deployments",
            column: "container_name",
            unique: true);

        migrationBuilder.CreateIndex(
            name: "bot_deployments_port_key",
            table: "bot_deployments",
            column: "port",
            unique: true);

        migrationBuilder.CreateIndex(
            name: "idx_bot_deployments_port",
            table: "bot_deployments",
            column: "port");

        migrationBuilder.CreateIndex(
            name: "idx_bot_deployments_status",
            table: "bot_deployments",
            column: "status");

        migrationBuilder.CreateIndex(
            name: "banned_users_discord_user_id_key",
            table: "banned_users",
            column: "discord_user_id",
            unique: true);

        migrationBuilder.CreateIndex(
            name: "idx_banned_users_unbanned_at",
            table: "banned_users",
            column: "unbanned_at");

        migrationBuilder.AddForeignKey(
            name: "fk_bot_deployments_characters_character_id",
            table: "bot_deployments",
            column: "character_id",
            principalTable: "characters",
            principalColumn: "id",
            onDelete: ReferentialAction.Cascade);

        migrationBuilder.Sql(FillFunctions);
        migrationBuilder.Sql(FillNotNullColumns);
    }

    /// <summary>One way: ids became uuids and text became integers and arrays; going back would lose what was converted.</summary>
    protected override void Down(MigrationBuilder migrationBuilder) =>
        throw new NotSupportedException("HoldProductionCatalogInCoreTables converts types (uuid ids, integer emotional impact, key topic arrays) and cannot be reverted without loss.");

    /// <summary>
    /// Columns that become NOT NULL keep existing rows: NULLs there take the column's default first. Production's indexes
    /// need two of its extensions before the later stages create them: pg_trgm (character_background.description) and
    /// btree_gin (an integer column in a GIN index on character_memories).
    /// </summary>
    private const string BeforeTighterColumns = """
        CREATE EXTENSION IF NOT EXISTS pg_trgm;
        CREATE EXTENSION IF NOT EXISTS btree_gin;
        UPDATE conversation_summaries SET created_at = coalesce(created_at, now()), updated_at = coalesce(updated_at, now())
            WHERE created_at IS NULL OR updated_at IS NULL;
        UPDATE character_conversation_modes SET created_at = now() WHERE created_at IS NULL;
        UPDATE character_emotional_states SET created_at = now() WHERE created_at IS NULL;
        UPDATE bot_deployments SET status = 'inactive' WHERE status IS NULL;
        UPDATE banned_users SET banned_by = 'system' WHERE banned_by IS NULL;
        """;

    /// <summary>
    /// Rows the seeds' keys allowed and production's reject (docs/schema.md, the `unique` rows of banned_users and
    /// bot_deployments). Bans: of a user's several (one per bot in the seeds) the most recent one in force stays the
    /// user's ban; each other is kept whole as JSON in its notes (one appended line, <c>{"merged_bans": [...]}</c>) and
    /// removed. Deployments: one without a character is linked to the character whose name, or normalized name, is its
    /// bot name, else to a new inactive character of that name; of a character's several the most recently updated
    /// stays and the others are kept whole in its config (<c>{"merged": [...]}</c>, beside its own config) and removed.
    /// Ports: a seed health port another deployment already has does not become a second identical port.
    /// </summary>
    private const string MergeRowsThatBreakProductionKeys = """
        WITH ranked AS (
            SELECT b.*, row_number() OVER (PARTITION BY coalesce(b.discord_user_id, b.user_id)
                ORDER BY (coalesce(b.is_active, false) AND (b.expires_at IS NULL OR b.expires_at > now()::timestamp)) DESC,
                         b.banned_at DESC NULLS LAST, b.id DESC) AS rank
            FROM banned_users b),
        merged AS (
            SELECT s.id, jsonb_agg(to_jsonb(o) - 'rank' ORDER BY o.id) AS rows
            FROM ranked s JOIN ranked o ON coalesce(o.discord_user_id, o.user_id) = coalesce(s.discord_user_id, s.user_id) AND o.rank > 1
            WHERE s.rank = 1 GROUP BY s.id),
        kept AS (
            UPDATE banned_users b SET notes = concat_ws(E'\n', b.notes, jsonb_build_object('merged_bans', m.rows)::text)
            FROM merged m WHERE b.id = m.id RETURNING b.id)
        DELETE FROM banned_users WHERE id IN (SELECT id FROM ranked WHERE rank > 1);

        CREATE FUNCTION pg_temp.core_normalized(name text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
            SELECT left(trim(both '_' from regexp_replace(lower(name), '[^[:alnum:]]+', '_', 'g')), 200)
        $$;
        DO $$
        DECLARE
            deployment record;
            found integer;
        BEGIN
            FOR deployment IN SELECT id, bot_name FROM bot_deployments WHERE character_id IS NULL ORDER BY id LOOP
                SELECT c.id INTO found FROM characters c
                    WHERE c.name = deployment.bot_name OR coalesce(c.normalized_name, pg_temp.core_normalized(c.name)) = deployment.bot_name
                       OR coalesce(c.normalized_name, pg_temp.core_normalized(c.name)) = pg_temp.core_normalized(deployment.bot_name)
                    ORDER BY c.name = deployment.bot_name DESC, c.id LIMIT 1;
                IF found IS NULL THEN
                    INSERT INTO characters (name, normalized_name, is_active)
                        VALUES (deployment.bot_name, pg_temp.core_normalized(deployment.bot_name), false) RETURNING id INTO found;
                END IF;
                UPDATE bot_deployments SET character_id = found WHERE id = deployment.id;
            END LOOP;
        END $$;
        DROP FUNCTION pg_temp.core_normalized(text);

        WITH ranked AS (
            SELECT d.*, row_number() OVER (PARTITION BY d.character_id
                ORDER BY coalesce(d.updated_at, d.created_at::timestamp) DESC NULLS LAST, d.id DESC) AS rank
            FROM bot_deployments d),
        merged AS (
            SELECT s.id, jsonb_agg(to_jsonb(o) - 'rank' ORDER BY o.id) AS rows
            FROM ranked s JOIN ranked o ON o.character_id = s.character_id AND o.rank > 1
            WHERE s.rank = 1 GROUP BY s.id),
        kept AS (
            UPDATE bot_deployments d SET config = (CASE
                    WHEN jsonb_typeof(coalesce(d.config::jsonb, d.deployment_config, '{}'::jsonb)) = 'object'
                        THEN coalesce(d.config::jsonb, d.deployment_config, '{}'::jsonb) || jsonb_build_object('merged', m.rows)
                    ELSE jsonb_build_object('config', coalesce(d.config::jsonb, d.deployment_config), 'merged', m.rows) END)::json
            FROM merged m WHERE d.id = m.id RETURNING d.id)
        DELETE FROM bot_deployments WHERE id IN (SELECT id FROM ranked WHERE rank > 1);

        UPDATE bot_deployments d SET port = 20000 + d.id
            WHERE d.port IS NULL AND EXISTS (SELECT 1 FROM bot_deployments o WHERE o.id < d.id AND o.health_endpoint_port = d.health_endpoint_port);
        """;

    /// <summary>
    /// Production's free text becomes its integer scale: a value that is a whole number converts; any other text is
    /// kept beside, in emotional_impact_text, and the integer takes production's default (5).
    /// </summary>
    private const string EmotionalImpactToInteger = """
        ALTER TABLE character_memories ADD COLUMN emotional_impact_text character varying(100);
        UPDATE character_memories SET emotional_impact_text = emotional_impact
            WHERE emotional_impact IS NOT NULL AND trim(emotional_impact) !~ '^[+-]?[0-9]{1,9}$';
        ALTER TABLE character_memories ALTER COLUMN emotional_impact TYPE integer USING
            CASE WHEN trim(emotional_impact) ~ '^[+-]?[0-9]{1,9}$' THEN trim(emotional_impact)::integer
                 WHEN emotional_impact IS NOT NULL THEN 5 END;
        ALTER TABLE character_memories ALTER COLUMN emotional_impact SET DEFAULT 5;
        """;

    /// <summary>The seeds' free-text key topics become production's array: a JSON array gives its elements, other text splits on commas.</summary>
    private const string KeyTopicsToArray = """
        CREATE FUNCTION pg_temp.core_key_topics(topics text) RETURNS character varying[] LANGUAGE sql IMMUTABLE AS $$
            SELECT CASE WHEN topics IS NULL OR trim(topics) = '' THEN NULL
                WHEN topics ~ '^\s*\[.*\]\s*$' AND pg_input_is_valid(topics, 'jsonb')
                    THEN ARRAY(SELECT jsonb_array_elements_text(topics::jsonb))::character varying[]
                ELSE ARRAY(SELECT trim(t) FROM unnest(string_to_array(topics, ',')) AS t WHERE trim(t) <> '')::character varying[] END
        $$;
        ALTER TABLE conversation_summaries ALTER COLUMN key_topics TYPE character varying[] USING pg_temp.core_key_topics(key_topics);
        DROP FUNCTION pg_temp.core_key_topics(text);
        """;

    /// <summary>
    /// Production's uuid key. Existing rows get new uuids; nothing refers to these ids (no foreign key points at the
    /// table), so the rows keep every relationship they have through character_id.
    /// </summary>
    private const string EmotionalStateIdsToUuid = """
        ALTER TABLE character_emotional_states DROP CONSTRAINT pk_character_emotional_states;
        ALTER TABLE character_emotional_states ALTER COLUMN id DROP IDENTITY IF EXISTS;
        ALTER TABLE character_emotional_states ALTER COLUMN id DROP DEFAULT;
        ALTER TABLE character_emotional_states ALTER COLUMN id TYPE uuid USING gen_random_uuid();
        ALTER TABLE character_emotional_states ALTER COLUMN id SET DEFAULT gen_random_uuid();
        ALTER TABLE character_emotional_states ADD CONSTRAINT pk_character_emotional_states PRIMARY KEY (id);
        """;

    /// <summary>
    /// The core_fill_* triggers (names outside production's catalog) derive each side's NOT NULL columns from the other
    /// side's, and production's key from character_interest_topics to characters, which the model leaves unmapped.
    /// </summary>
    private const string FillFunctions = """
        -- Each function fills, on insert and update, the NOT NULL columns that one side's rows do not know, from what they give.
        CREATE FUNCTION core_fill_users() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            NEW.user_id := coalesce(NEW.user_id, NEW.discord_user_id, NEW.username);
            RETURN NEW;
        END $$;

        -- WhisperEngine's normalize_bot_name (src/utils/bot_name_utils.py), step by step, so the key a bot derives from
        -- DISCORD_BOT_NAME finds the character created under that name: trimmed and lower-cased, a "bot_" prefix and a
        -- "_bot" suffix dropped, whitespace to underscores, anything but a-z, 0-9, _ and - removed, runs of _ and - as one
        -- underscore, none at either end; "unknown" when nothing is left.
        CREATE FUNCTION whisperengine_normalized_name(name text) RETURNS text LANGUAGE plpgsql IMMUTABLE AS $$
        DECLARE
            key text := lower(btrim(name, E' \t\n\r\f\v'));
        BEGIN
            IF key LIKE 'bot\_%' THEN key := substr(key, 5); END IF;
            IF key LIKE '%\_bot' THEN key := left(key, length(key) - 4); END IF;
            key := regexp_replace(key, '\s+', '_', 'g');
            key := regexp_replace(key, '[^a-z0-9_-]', '', 'g');
            key := regexp_replace(key, '[_-]+', '_', 'g');
            key := btrim(key, '_-');
            RETURN CASE WHEN key = '' THEN 'unknown' ELSE left(key, 200) END;
        END $$;

        CREATE FUNCTION core_fill_characters() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            NEW.normalized_name := coalesce(NEW.normalized_name, whisperengine_normalized_name(NEW.name));
            RETURN NEW;
        END $$;

        CREATE FUNCTION core_fill_banned_users() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            NEW.discord_user_id := coalesce(NEW.discord_user_id, NEW.user_id);
            NEW.user_id := coalesce(NEW.user_id, left(NEW.discord_user_id, 255));
            NEW.bot_name := coalesce(NEW.bot_name, '*');  -- production's bans hold for every bot
            NEW.ban_reason := coalesce(NEW.ban_reason, NEW.reason);
            NEW.reason := coalesce(NEW.reason, NEW.ban_reason);
            RETURN NEW;
        END $$;

        CREATE FUNCTION core_fill_bot_deployments() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            NEW.container_name := coalesce(NEW.container_name, 'whisperengine-' || NEW.bot_name);
            NEW.bot_name := coalesce(NEW.bot_name, left(NEW.container_name, 100));
            -- A port no other deployment has: the seed's health port when given, else one from the id.
            NEW.port := coalesce(NEW.port, NEW.health_endpoint_port, 20000 + NEW.id);
            NEW.config := coalesce(NEW.config, NEW.deployment_config::json);
            RETURN NEW;
        END $$;

        CREATE FUNCTION core_fill_character_emotional_states() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF NEW.character_name IS NULL AND NEW.character_id IS NOT NULL THEN
        SELECT left(c.normalized_name, 100) INTO NEW.character_name FROM characters c WHERE c.id = NEW.character_id;
            ELSIF NEW.character_id IS NULL AND NEW.character_name IS NOT NULL THEN
        SELECT c.id INTO NEW.character_id FROM characters c
        WHERE c.normalized_name = NEW.character_name OR c.name = NEW.character_name ORDER BY c.normalized_name = NEW.character_name DESC LIMIT 1;
            END IF;
            RETURN NEW;
        END $$;

        CREATE FUNCTION core_fill_character_learning_timeline() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            NEW.learning_type := coalesce(NEW.learning_type, 'learning_event');
            NEW.learning_event := coalesce(NEW.learning_event, NEW.after_state, NEW.trigger_conversation, NEW.learning_type);
            RETURN NEW;
        END $$;

        CREATE FUNCTION core_fill_character_interests() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            NEW.category := coalesce(NEW.category, 'general');
            NEW.interest_text := coalesce(NEW.interest_text, NEW.interest_name);
            NEW.interest_name := coalesce(NEW.interest_name, left(NEW.interest_text, 200));
            RETURN NEW;
        END $$;

        CREATE FUNCTION core_fill_character_interest_topics() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF NEW.interest_id IS NOT NULL THEN
        SELECT i.character_id INTO NEW.character_id FROM character_interests i WHERE i.id = NEW.interest_id;
            END IF;
            NEW.topic_keyword := coalesce(NEW.topic_keyword, left(NEW.topic_name, 100));
            NEW.topic_name := coalesce(NEW.topic_name, NEW.topic_keyword);
            RETURN NEW;
        END $$;

        CREATE FUNCTION core_fill_character_memories() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            NEW.title := coalesce(NEW.title, left(NEW.description, 200));
            RETURN NEW;
        END $$;

        CREATE FUNCTION core_fill_character_background() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            NEW.category := coalesce(NEW.category, 'general');
            NEW.description := coalesce(NEW.description, concat_ws(E'\n', NEW.childhood, NEW.education, NEW.career_path,
        NEW.family_background, NEW.formative_experiences, NEW.major_life_events));
            RETURN NEW;
        END $$;

        CREATE FUNCTION core_fill_character_relationships() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            NEW.related_entity := coalesce(NEW.related_entity, NEW.entity_name);
            NEW.entity_name := coalesce(NEW.entity_name, NEW.related_entity);
            RETURN NEW;
        END $$;

        CREATE FUNCTION core_fill_character_entity_categories() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            NEW.entity_keyword := coalesce(NEW.entity_keyword, left(NEW.category_name, 100));
            NEW.category_name := coalesce(NEW.category_name, NEW.entity_keyword);
            NEW.category_type := coalesce(NEW.category_type, 'general');
            RETURN NEW;
        END $$;

        CREATE FUNCTION core_fill_character_question_templates() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            NEW.template_text := coalesce(NEW.template_text, NEW.question_pattern);
            NEW.question_pattern := coalesce(NEW.question_pattern, NEW.template_text);
            NEW.gap_type := coalesce(NEW.gap_type, left(NEW.template_name, 50));
            NEW.template_name := coalesce(NEW.template_name, NEW.gap_type);
            RETURN NEW;
        END $$;

        CREATE FUNCTION core_fill_conversation_summaries() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            -- A seed-style summary covers its whole day.
            NEW.start_timestamp := coalesce(NEW.start_timestamp, NEW.conversation_date::timestamp);
            NEW.end_timestamp := coalesce(NEW.end_timestamp, NEW.conversation_date + interval '1 day' - interval '1 microsecond');
            NEW.conversation_date := coalesce(NEW.conversation_date, NEW.start_timestamp::date);
            NEW.message_count := coalesce(NEW.message_count, 0);
            RETURN NEW;
        END $$;

        CREATE FUNCTION core_fill_user_facts() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            -- The application's triple, from a seed-style fact: the user is the subject, the fact type the predicate.
            NEW.subject := coalesce(NEW.subject, left(NEW.user_id, 255));
            NEW.predicate := coalesce(NEW.predicate, left(NEW.fact_type, 255));
            NEW.object := coalesce(NEW.object, left(NEW.fact_value, 255));
            NEW.fact_value := coalesce(NEW.fact_value, NEW.object);
            NEW.bot_name := coalesce(NEW.bot_name, '*');  -- the application's facts belong to no one bot
            RETURN NEW;
        END $$;

        CREATE TRIGGER core_fill_users BEFORE INSERT OR UPDATE ON users FOR EACH ROW EXECUTE FUNCTION core_fill_users();
        CREATE TRIGGER core_fill_characters BEFORE INSERT OR UPDATE ON characters FOR EACH ROW EXECUTE FUNCTION core_fill_characters();
        CREATE TRIGGER core_fill_banned_users BEFORE INSERT OR UPDATE ON banned_users FOR EACH ROW EXECUTE FUNCTION core_fill_banned_users();
        CREATE TRIGGER core_fill_bot_deployments BEFORE INSERT OR UPDATE ON bot_deployments FOR EACH ROW EXECUTE FUNCTION core_fill_bot_deployments();
        CREATE TRIGGER core_fill_character_emotional_states BEFORE INSERT OR UPDATE ON character_emotional_states FOR EACH ROW EXECUTE FUNCTION core_fill_character_emotional_states();
        CREATE TRIGGER core_fill_character_learning_timeline BEFORE INSERT OR UPDATE ON character_learning_timeline FOR EACH ROW EXECUTE FUNCTION core_fill_character_learning_timeline();
        CREATE TRIGGER core_fill_character_interests BEFORE INSERT OR UPDATE ON character_interests FOR EACH ROW EXECUTE FUNCTION core_fill_character_interests();
        CREATE TRIGGER core_fill_character_interest_topics BEFORE INSERT OR UPDATE ON character_interest_topics FOR EACH ROW EXECUTE FUNCTION core_fill_character_interest_topics();
        CREATE TRIGGER core_fill_character_memories BEFORE INSERT OR UPDATE ON character_memories FOR EACH ROW EXECUTE FUNCTION core_fill_character_memories();
        CREATE TRIGGER core_fill_character_background BEFORE INSERT OR UPDATE ON character_background FOR EACH ROW EXECUTE FUNCTION core_fill_character_background();
        CREATE TRIGGER core_fill_character_relationships BEFORE INSERT OR UPDATE ON character_relationships FOR EACH ROW EXECUTE FUNCTION core_fill_character_relationships();
        CREATE TRIGGER core_fill_character_entity_categories BEFORE INSERT OR UPDATE ON character_entity_categories FOR EACH ROW EXECUTE FUNCTION core_fill_character_entity_categories();
        CREATE TRIGGER core_fill_character_question_templates BEFORE INSERT OR UPDATE ON character_question_templates FOR EACH ROW EXECUTE FUNCTION core_fill_character_question_templates();
        CREATE TRIGGER core_fill_conversation_summaries BEFORE INSERT OR UPDATE ON conversation_summaries FOR EACH ROW EXECUTE FUNCTION core_fill_conversation_summaries();
        CREATE TRIGGER core_fill_user_facts BEFORE INSERT OR UPDATE ON user_facts FOR EACH ROW EXECUTE FUNCTION core_fill_user_facts();

        ALTER TABLE character_interest_topics ADD CONSTRAINT character_interest_topics_character_id_fkey
            FOREIGN KEY (character_id) REFERENCES characters (id) ON DELETE CASCADE;
        """;

    /// <summary>Existing rows are filled by their own trigger (an UPDATE that changes nothing else), then the columns tighten.</summary>
    private const string FillNotNullColumns = """
        UPDATE users SET id = id;
        UPDATE characters SET id = id;
        UPDATE banned_users SET id = id;
        UPDATE bot_deployments SET id = id;
        UPDATE character_emotional_states SET id = id;
        UPDATE character_learning_timeline SET id = id;
        UPDATE character_interests SET id = id;
        UPDATE character_interest_topics SET id = id;
        UPDATE character_memories SET id = id;
        UPDATE character_background SET id = id;
        UPDATE character_relationships SET id = id;
        UPDATE character_entity_categories SET id = id;
        UPDATE character_question_templates SET id = id;
        UPDATE conversation_summaries SET id = id;
        UPDATE user_facts SET id = id;
        ALTER TABLE users ALTER COLUMN user_id SET NOT NULL;
        ALTER TABLE characters ALTER COLUMN normalized_name SET NOT NULL;
        ALTER TABLE banned_users ALTER COLUMN discord_user_id SET NOT NULL;
        ALTER TABLE bot_deployments ALTER COLUMN character_id SET NOT NULL, ALTER COLUMN container_name SET NOT NULL, ALTER COLUMN port SET NOT NULL;
        ALTER TABLE character_emotional_states ALTER COLUMN character_name SET NOT NULL;
        ALTER TABLE character_learning_timeline ALTER COLUMN learning_type SET NOT NULL;
        ALTER TABLE character_interests ALTER COLUMN category SET NOT NULL, ALTER COLUMN interest_text SET NOT NULL;
        ALTER TABLE character_interest_topics ALTER COLUMN character_id SET NOT NULL, ALTER COLUMN topic_keyword SET NOT NULL;
        ALTER TABLE character_memories ALTER COLUMN title SET NOT NULL;
        ALTER TABLE character_background ALTER COLUMN category SET NOT NULL, ALTER COLUMN description SET NOT NULL;
        ALTER TABLE character_relationships ALTER COLUMN related_entity SET NOT NULL;
        ALTER TABLE character_entity_categories ALTER COLUMN entity_keyword SET NOT NULL, ALTER COLUMN category_type SET NOT NULL;
        ALTER TABLE character_question_templates ALTER COLUMN gap_type SET NOT NULL, ALTER COLUMN template_text SET NOT NULL;
        ALTER TABLE conversation_summaries ALTER COLUMN start_timestamp SET NOT NULL, ALTER COLUMN end_timestamp SET NOT NULL, ALTER COLUMN message_count SET NOT NULL;
        ALTER TABLE user_facts ALTER COLUMN subject SET NOT NULL, ALTER COLUMN predicate SET NOT NULL, ALTER COLUMN object SET NOT NULL;
        """;
}
