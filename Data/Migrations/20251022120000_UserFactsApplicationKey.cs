using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace WhisperAspire.Data.Migrations;

/// <summary>
/// WhisperEngine's fact validator creates user_facts itself with UNIQUE (user_id, subject, predicate) and upserts
/// ON CONFLICT on those columns. Our table exists before it runs, so its CREATE TABLE IF NOT EXISTS is skipped: the key
/// must come from here. A seed-style fact (our Api's: user, bot, type, value) is its own triple — its derived predicate
/// carries the row's id — so several facts of one type stay several rows; existing rows get that predicate first.
/// </summary>
[DbContext(typeof(WhisperEngineDbContext))]
[Migration("20251022120000_UserFactsApplicationKey")]
public class UserFactsApplicationKey : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            CREATE OR REPLACE FUNCTION core_fill_user_facts() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                -- The application's triple, from a seed-style fact: the user is the subject, the fact type and the
                -- row's id the predicate (one triple per row), the value the object.
                NEW.subject := coalesce(NEW.subject, left(NEW.user_id, 255));
                NEW.predicate := coalesce(NEW.predicate, left(NEW.fact_type, 230) || ' #' || NEW.id);
                NEW.object := coalesce(NEW.object, left(NEW.fact_value, 255));
                NEW.fact_value := coalesce(NEW.fact_value, NEW.object);
                NEW.bot_name := coalesce(NEW.bot_name, '*');  -- the application's facts belong to no one bot
                RETURN NEW;
            END $$;

            UPDATE user_facts SET predicate = left(fact_type, 230) || ' #' || id
             WHERE subject = left(user_id, 255) AND predicate = left(fact_type, 255) AND bot_name <> '*';
            """);

        migrationBuilder.CreateIndex(
            name: "user_facts_user_id_subject_predicate_key",
            table: "user_facts",
            columns: ["user_id", "subject", "predicate"],
            unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.DropIndex(name: "user_facts_user_id_subject_predicate_key", table: "user_facts");
}
