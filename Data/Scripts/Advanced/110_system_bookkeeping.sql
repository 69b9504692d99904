-- Advanced stage: production's own bookkeeping tables. WhisperEngine reads and writes them; our migrations journal
-- in schema_journal and never use these.

CREATE TABLE schema_migrations (
    migration_name character varying(255) NOT NULL,
    applied_at timestamp without time zone DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (migration_name)
);

CREATE TABLE schema_versions (
    id serial,
    "version" character varying(50) NOT NULL,
    description text,
    applied_at timestamp without time zone DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (id)
);

CREATE TABLE system_settings (
    "key" text NOT NULL,
    value text NOT NULL,
    description text,
    updated_at timestamp without time zone DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY ("key")
);

