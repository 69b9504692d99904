-- Advanced stage: production's older per-user records (emotions, facts, relationships, events), performance metrics
-- and keyword templates. The keys from emotions, facts and relationships to users(user_id) come in
-- 105_user_record_keys.sql, once users has production's user_id.

CREATE TABLE emotions (
    id serial,
    user_id text NOT NULL,
    detected_emotion text NOT NULL,
    confidence real NOT NULL,
    context text,
    "timestamp" timestamp without time zone DEFAULT CURRENT_TIMESTAMP,
    response_adapted boolean DEFAULT false,
    PRIMARY KEY (id)
);

CREATE TABLE facts (
    id serial,
    user_id text,
    fact_type text NOT NULL,
    subject text NOT NULL,
    content text NOT NULL,
    confidence_score real DEFAULT 0.8,
    source text,
    created_at timestamp without time zone DEFAULT CURRENT_TIMESTAMP,
    verified boolean DEFAULT false,
    global_fact boolean DEFAULT false,
    PRIMARY KEY (id)
);

CREATE TABLE relationships (
    id serial,
    user_id text NOT NULL,
    relationship_type text NOT NULL,
    strength real DEFAULT 0.5,
    last_interaction timestamp without time zone DEFAULT CURRENT_TIMESTAMP,
    interaction_count integer DEFAULT 0,
    notes text,
    PRIMARY KEY (id)
);

CREATE TABLE user_events (
    id serial,
    user_id character varying(255) NOT NULL,
    bot_name character varying(100) NOT NULL,
    event_type character varying(100) NOT NULL,
    event_data jsonb NOT NULL,
    location_context character varying(255),
    timestamp_utc timestamp without time zone DEFAULT now(),
    created_at timestamp without time zone DEFAULT now(),
    PRIMARY KEY (id)
);
CREATE INDEX idx_user_events_temporal ON user_events USING btree (user_id, bot_name, event_type, timestamp_utc DESC);

CREATE TABLE performance_metrics (
    id serial,
    metric_name text NOT NULL,
    metric_value real NOT NULL,
    "timestamp" timestamp without time zone DEFAULT CURRENT_TIMESTAMP,
    tags text DEFAULT '{}'::text,
    PRIMARY KEY (id)
);

CREATE TABLE generic_keyword_templates (
    id serial,
    category character varying(50) NOT NULL,
    template_name character varying(100) NOT NULL,
    keywords character varying[] NOT NULL,
    description text,
    priority_order integer NOT NULL,
    is_active boolean NOT NULL,
    created_at timestamp with time zone NOT NULL DEFAULT now(),
    updated_at timestamp with time zone NOT NULL DEFAULT now(),
    PRIMARY KEY (id)
);
CREATE INDEX idx_generic_keyword_templates_active ON generic_keyword_templates USING btree (is_active);
CREATE INDEX idx_generic_keyword_templates_category ON generic_keyword_templates USING btree (category);

