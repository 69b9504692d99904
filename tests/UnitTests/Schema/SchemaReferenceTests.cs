using WhisperAspire.IntegrationTests.Schema.Reference;

namespace WhisperAspire.UnitTests.Schema;

/// <summary>The readers and comparers the catalog, decision-table and row tests rely on, on small inputs.</summary>
public class SchemaReferenceTests
{
    [Theory]
    [InlineData("character varying(100)", "character varying(255)", true)]
    [InlineData("character varying(100)", "text", true)]
    [InlineData("character varying(255)", "character varying(100)", false)]
    [InlineData("text", "character varying(255)", false)]
    [InlineData("text", "character varying", true)]
    [InlineData("numeric(3,2)", "numeric(5,2)", true)]
    [InlineData("numeric(5,2)", "numeric(3,2)", false)]
    [InlineData("numeric(5,3)", "numeric(5,2)", false)]
    [InlineData("numeric(3,2)", "numeric", true)]
    [InlineData("smallint", "bigint", true)]
    [InlineData("bigint", "integer", false)]
    [InlineData("real", "double precision", true)]
    [InlineData("double precision", "real", false)]
    [InlineData("integer", "uuid", false)]
    [InlineData("timestamp without time zone", "timestamp with time zone", false)]
    [InlineData("json", "jsonb", false)]
    [InlineData("character varying(100)[]", "text[]", true)]
    [InlineData("text[]", "text", false)]
    public void A_type_holds_the_same_or_a_wider_one_of_its_family(string wanted, string actual, bool holds) =>
        Assert.Equal(holds, TypeFamily.Holds(wanted, actual));

    [Theory]
    [InlineData("SERIAL", "integer")]
    [InlineData("VARCHAR(100)", "character varying(100)")]
    [InlineData("TIMESTAMP", "timestamp without time zone")]
    [InlineData("TIMESTAMPTZ", "timestamp with time zone")]
    [InlineData("DECIMAL(5, 2)", "numeric(5,2)")]
    [InlineData("NUMERIC(3,2)", "numeric(3,2)")]
    [InlineData("FLOAT", "double precision")]
    [InlineData("JSONB", "jsonb")]
    [InlineData("TEXT[]", "text[]")]
    public void A_seed_type_is_written_as_format_type_writes_it(string seed, string formatType) =>
        Assert.Equal(formatType, TypeFamily.FromSeed(seed));

    [Fact]
    public void The_seed_ddl_reader_reads_columns_inline_constraints_and_table_unique_keys()
    {
        var table = Assert.Single(SeedDdl.Parse("""
            CREATE TABLE things (
                id INTEGER NOT NULL PRIMARY KEY,
                owner_id INTEGER NOT NULL REFERENCES owners(id) ON DELETE CASCADE,
                code VARCHAR(50) UNIQUE,
                score NUMERIC(3,2) DEFAULT 0.5, -- a comment
                created_at TIMESTAMP DEFAULT now(),
                UNIQUE(owner_id, code)
            );
            """.Replace("\r", "", StringComparison.Ordinal)));

        Assert.Equal("things", table.Name);
        Assert.Equal(["id", "owner_id", "code", "score", "created_at"], table.Columns.Select(c => c.Name));
        Assert.True(table.Columns[0].PrimaryKey && table.Columns[0].NotNull);
        Assert.Equal("REFERENCES owners(id) ON DELETE CASCADE", table.Columns[1].References);
        Assert.Equal("0.5", table.Columns[3].Default);
        Assert.Equal("numeric(3,2)", table.Columns[3].FormatType);
        Assert.Equal([["owner_id", "code"], ["code"]], table.AllUniques);
    }

    [Fact]
    public void The_seed_document_gives_27_tables_and_every_type_is_known()
    {
        var tables = SeedDdl.Load();

        Assert.Equal(27, tables.Count);
        Assert.All(tables.SelectMany(t => t.Columns), c => Assert.NotEmpty(c.FormatType));
        Assert.Equal("character varying(100)", tables.Single(t => t.Name == "character_memories").Column("emotional_impact")!.FormatType);
    }

    [Fact]
    public void The_production_catalog_reads_its_98_tables_and_every_section()
    {
        var catalog = ProductionCatalog.Load();

        Assert.Equal(98, catalog.Tables.Count);
        Assert.Equal(["discord_user_id"], Assert.Single(catalog.Tables["banned_users"].Unique));
        Assert.Contains("pg_trgm", catalog.ExtensionNames);
        Assert.DoesNotContain(catalog.ExtensionNames, e => e.Contains('(', StringComparison.Ordinal));
        Assert.NotEmpty(catalog.Triggers);
        Assert.NotEmpty(catalog.Views);
        Assert.NotEmpty(catalog.CreatedByTheApplication);
    }

    [Fact]
    public void The_decision_table_reader_takes_code_cells_dashes_and_pipes_inside_code()
    {
        var rows = DecisionTable.Parse("""
            Intro.

            | Object | Kind | Seed says | Production has | We chose | Why |
            |---|---|---|---|---|---|
            | `t.c` | type | `VARCHAR(100)` | `integer` | `integer` | Production's wins. |
            | `t` | check | — | `CHECK (a || b <> '')` | `dropped` | Odd. |

            After.
            """);

        Assert.Equal(2, rows.Count);
        Assert.Equal(("t", "c", "VARCHAR(100)"), (rows[0].Table, rows[0].Column, rows[0].SeedSays));
        Assert.Null(rows[1].SeedSays);
        Assert.Equal("CHECK (a || b <> '')", rows[1].ProductionHas);
        Assert.True(rows[1].Dropped);
    }

    [Fact]
    public void Definitions_compare_without_schema_prefix_and_spacing()
    {
        Assert.True(SqlText.SameDefinition(
            "CREATE INDEX ix ON public.t USING btree ( a, b )",
            "CREATE INDEX ix ON t USING btree (a,  b)".Replace(",  ", ", ", StringComparison.Ordinal)));
        Assert.False(SqlText.SameDefinition("CHECK ((a > 0))", "CHECK ((a >= 0))"));
    }

    [Fact]
    public void A_varchar_list_cast_as_a_whole_or_item_by_item_is_the_same_definition()
    {
        Assert.True(SqlText.SameDefinition(
            "CHECK (((risk)::text = ANY ((ARRAY['low'::character varying, 'high'::character varying])::text[])))",
            "CHECK (((risk)::text = ANY (ARRAY[('low'::character varying)::text, ('high'::character varying)::text])))"));
        Assert.False(SqlText.SameDefinition(
            "CHECK (((risk)::text = ANY ((ARRAY['low'::character varying, 'high'::character varying])::text[])))",
            "CHECK (((risk)::text = ANY (ARRAY[('low'::character varying)::text, ('medium'::character varying)::text])))"));
    }

    [Theory]
    [InlineData("FOREIGN KEY (entity_id) REFERENCES fact_entities(id) ON DELETE CASCADE", "entity_id", "fact_entities", "CASCADE")]
    [InlineData("entity_id INTEGER NOT NULL REFERENCES fact_entities(id) ON DELETE CASCADE", "entity_id", "fact_entities", "CASCADE")]
    [InlineData("character_id INTEGER REFERENCES characters(id)", "character_id", "characters", null)]
    public void Foreign_keys_are_read_from_catalog_and_seed_ddl(string cell, string column, string refTable, string? onDelete)
    {
        var key = Ddl.ForeignKey(cell)!.Value;

        Assert.Equal([column], key.Columns);
        Assert.Equal(refTable, key.RefTable);
        Assert.Equal(["id"], key.RefColumns);
        Assert.Equal(onDelete, key.OnDelete);
    }
}
