using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace WhisperAspire.Data.Migrations;

/// <summary>Phase 4 (2025-10-15): Discord settings that the first configuration table lacked.</summary>
[DbContext(typeof(WhisperEngineDbContext))]
[Migration("20251015120000_AddDiscordIntegrationFields")]
public class AddDiscordIntegrationFields : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<bool>(
            name: "enable_discord",
            table: "character_discord_config",
            type: "boolean",
            nullable: true,
            defaultValue: true);

        migrationBuilder.AddColumn<string>(
            name: "discord_guild_restrictions",
            table: "character_discord_config",
            type: "json",
            nullable: true);

        migrationBuilder.AddColumn<string>(
            name: "discord_channel_restrictions",
            table: "character_discord_config",
            type: "json",
            nullable: true);

        migrationBuilder.AddColumn<string>(
            name: "discord_status",
            table: "character_discord_config",
            type: "character varying(50)",
            maxLength: 50,
            nullable: true,
            defaultValue: "online");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropColumn(
            name: "discord_status",
            table: "character_discord_config");

        migrationBuilder.DropColumn(
            name: "discord_channel_restrictions",
            table: "character_discord_config");

        migrationBuilder.DropColumn(
            name: "discord_guild_restrictions",
            table: "character_discord_config");

        migrationBuilder.DropColumn(
            name: "enable_discord",
            table: "character_discord_config");
    }
}
