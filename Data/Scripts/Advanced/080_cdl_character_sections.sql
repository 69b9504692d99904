-- Advanced stage: the CDL sections production stores per character (its SQL dump plus the later Alembic revisions)
-- that the seeds do not define. Columns, keys, checks and indexes are production's; every one hangs off characters
-- (or a section of it) and goes when the character goes.

CREATE TABLE character_appearance (
    id serial,
    character_id integer,
    category character varying(50) NOT NULL,
    attribute character varying(100) NOT NULL,
    value text NOT NULL,
    description text,
    PRIMARY KEY (id),
    UNIQUE (character_id, category, attribute),
    CONSTRAINT character_appearance_character_id_fkey FOREIGN KEY (character_id) REFERENCES characters (id) ON DELETE CASCADE
);
CREATE INDEX idx_character_appearance_category ON character_appearance USING btree (character_id, category);

CREATE TABLE character_essence (
    id serial,
    character_id integer,
    essence_type character varying(50) NOT NULL,
    essence_name character varying(100) NOT NULL,
    description text NOT NULL,
    manifestation text,
    power_level integer,
    PRIMARY KEY (id),
    UNIQUE (character_id, essence_type, essence_name),
    CONSTRAINT character_essence_character_id_fkey FOREIGN KEY (character_id) REFERENCES characters (id) ON DELETE CASCADE
);
CREATE INDEX idx_character_essence_type ON character_essence USING btree (character_id, essence_type);

CREATE TABLE character_identity_details (
    id serial,
    character_id integer NOT NULL,
    full_name character varying(500),
    nickname character varying(500),
    gender character varying(200),
    location text,
    essence_nature text,
    essence_existence_method text,
    essence_anchor text,
    essence_core_identity text,
    created_at timestamp without time zone DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (id),
    UNIQUE (character_id),
    CONSTRAINT character_identity_details_character_id_fkey FOREIGN KEY (character_id) REFERENCES characters (id) ON DELETE CASCADE
);

CREATE TABLE character_metadata (
    id serial,
    character_id integer,
    "version" integer DEFAULT 1,
    character_tags text[],
    created_date timestamp without time zone DEFAULT CURRENT_TIMESTAMP,
    updated_date timestamp without time zone DEFAULT CURRENT_TIMESTAMP,
    author text,
    notes text,
    PRIMARY KEY (id),
    UNIQUE (character_id, "version"),
    CONSTRAINT character_metadata_character_id_fkey FOREIGN KEY (character_id) REFERENCES characters (id) ON DELETE CASCADE
);

CREATE TABLE character_voice_profile (
    id serial,
    character_id integer NOT NULL,
    tone text,
    pace text,
    volume text,
    accent text,
    sentence_structure text,
    punctuation_style text,
    response_length_guidance text,
    created_at timestamp without time zone DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (id),
    UNIQUE (character_id),
    CONSTRAINT character_voice_profile_character_id_fkey FOREIGN KEY (character_id) REFERENCES characters (id) ON DELETE CASCADE
);

CREATE TABLE character_communication_patterns (
    id serial,
    character_id integer,
    pattern_type character varying(50) NOT NULL,
    pattern_name character varying(100) NOT NULL,
    pattern_value text NOT NULL,
    context character varying(100),
    frequency character varying(20) DEFAULT 'regular'::character varying,
    description text,
    PRIMARY KEY (id),
    UNIQUE (character_id, pattern_type, pattern_name),
    CONSTRAINT character_communication_patterns_character_id_fkey FOREIGN KEY (character_id) REFERENCES characters (id) ON DELETE CASCADE
);
CREATE INDEX idx_character_patterns_type ON character_communication_patterns USING btree (character_id, pattern_type);

CREATE TABLE character_response_guidelines (
    id serial,
    character_id integer,
    guideline_type character varying(100) NOT NULL,
    guideline_name character varying(200),
    guideline_content text NOT NULL,
    priority integer DEFAULT 50,
    context character varying(100),
    is_critical boolean DEFAULT false,
    created_date timestamp without time zone DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (id),
    CONSTRAINT character_response_guidelines_character_id_fkey FOREIGN KEY (character_id) REFERENCES characters (id) ON DELETE CASCADE
);
CREATE INDEX idx_response_guidelines_character ON character_response_guidelines USING btree (character_id, guideline_type);

CREATE TABLE character_response_style (
    id serial,
    character_id integer NOT NULL,
    created_at timestamp without time zone NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at timestamp without time zone NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (id),
    UNIQUE (character_id),
    CONSTRAINT character_response_style_character_id_fkey FOREIGN KEY (character_id) REFERENCES characters (id) ON DELETE CASCADE
);

CREATE TABLE character_response_style_items (
    id serial,
    response_style_id integer NOT NULL,
    item_type character varying(50) NOT NULL,
    item_text text NOT NULL,
    sort_order integer NOT NULL,
    created_at timestamp without time zone NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (id),
    CONSTRAINT character_response_style_items_response_style_id_fkey FOREIGN KEY (response_style_id) REFERENCES character_response_style (id) ON DELETE CASCADE
);
CREATE INDEX idx_response_style_items_style ON character_response_style_items USING btree (response_style_id);

CREATE TABLE character_conversation_contexts (
    id serial,
    character_id integer NOT NULL,
    context_name character varying(500) NOT NULL,
    energy_description text,
    approach_strategy text,
    transition_style text,
    created_at timestamp without time zone DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (id),
    UNIQUE (character_id, context_name),
    CONSTRAINT character_conversation_contexts_character_id_fkey FOREIGN KEY (character_id) REFERENCES characters (id) ON DELETE CASCADE
);
CREATE INDEX idx_conv_contexts_char ON character_conversation_contexts USING btree (character_id);

CREATE TABLE character_context_guidance (
    id serial,
    context_id integer NOT NULL,
    guidance_type character varying(200) NOT NULL,
    guidance_text text NOT NULL,
    display_order integer,
    created_at timestamp without time zone DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (id),
    UNIQUE (context_id, guidance_type, display_order),
    CONSTRAINT character_context_guidance_context_id_fkey FOREIGN KEY (context_id) REFERENCES character_conversation_contexts (id) ON DELETE CASCADE
);
CREATE INDEX idx_context_guidance_type ON character_context_guidance USING btree (context_id, guidance_type);

CREATE TABLE character_general_conversation (
    id serial,
    character_id integer NOT NULL,
    default_energy character varying(50),
    conversation_style text,
    transition_approach text,
    created_at timestamp without time zone NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at timestamp without time zone NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (id),
    UNIQUE (character_id),
    CONSTRAINT character_general_conversation_character_id_fkey FOREIGN KEY (character_id) REFERENCES characters (id) ON DELETE CASCADE
);

CREATE TABLE character_response_patterns (
    id serial,
    general_conversation_id integer NOT NULL,
    pattern_name character varying(100),
    pattern_description text,
    sort_order integer NOT NULL,
    created_at timestamp without time zone NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (id),
    CONSTRAINT character_response_patterns_general_conversation_id_fkey FOREIGN KEY (general_conversation_id) REFERENCES character_general_conversation (id) ON DELETE CASCADE
);
CREATE INDEX idx_response_patterns_general ON character_response_patterns USING btree (general_conversation_id);

CREATE TABLE character_mode_examples (
    id serial,
    mode_id integer NOT NULL,
    example_text text NOT NULL,
    example_type character varying(50),
    sort_order integer NOT NULL,
    created_at timestamp without time zone NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (id),
    CONSTRAINT character_mode_examples_mode_id_fkey FOREIGN KEY (mode_id) REFERENCES character_conversation_modes (id) ON DELETE CASCADE
);
CREATE INDEX idx_mode_examples_mode ON character_mode_examples USING btree (mode_id);

CREATE TABLE character_mode_guidance (
    id serial,
    mode_id integer NOT NULL,
    guidance_type character varying(20) NOT NULL,
    guidance_text text NOT NULL,
    sort_order integer NOT NULL,
    created_at timestamp without time zone NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (id),
    CONSTRAINT character_mode_guidance_mode_id_fkey FOREIGN KEY (mode_id) REFERENCES character_conversation_modes (id) ON DELETE CASCADE,
    CONSTRAINT ck_guidance_type CHECK (((guidance_type)::text = ANY ((ARRAY['avoid'::character varying, 'encourage'::character varying])::text[])))
);
CREATE INDEX idx_mode_guidance_mode ON character_mode_guidance USING btree (mode_id);

CREATE TABLE character_message_triggers (
    id serial,
    character_id integer,
    trigger_category character varying(100) NOT NULL,
    trigger_type character varying(50) NOT NULL,
    trigger_value text NOT NULL,
    response_mode character varying(100),
    priority integer DEFAULT 50,
    is_active boolean DEFAULT true,
    PRIMARY KEY (id),
    CONSTRAINT character_message_triggers_character_id_fkey FOREIGN KEY (character_id) REFERENCES characters (id) ON DELETE CASCADE
);
CREATE INDEX idx_message_triggers_character ON character_message_triggers USING btree (character_id, trigger_category);

CREATE TABLE character_ai_scenarios (
    id serial,
    character_id integer,
    scenario_type character varying(100) NOT NULL,
    scenario_name character varying(200),
    trigger_phrases text,
    response_pattern character varying(100),
    tier_1_response text,
    tier_2_response text,
    tier_3_response text,
    example_usage text,
    PRIMARY KEY (id),
    CONSTRAINT character_ai_scenarios_character_id_fkey FOREIGN KEY (character_id) REFERENCES characters (id) ON DELETE CASCADE
);
CREATE INDEX idx_ai_scenarios_character ON character_ai_scenarios USING btree (character_id, scenario_type);

CREATE TABLE character_emotion_profile (
    id serial,
    character_id integer NOT NULL,
    default_mood text,
    created_at timestamp without time zone DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (id),
    UNIQUE (character_id),
    CONSTRAINT character_emotion_profile_character_id_fkey FOREIGN KEY (character_id) REFERENCES characters (id) ON DELETE CASCADE
);

CREATE TABLE character_emotion_range (
    id serial,
    character_id integer NOT NULL,
    emotion_name character varying(200) NOT NULL,
    base_intensity numeric(3,2),
    notes text,
    created_at timestamp without time zone DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (id),
    UNIQUE (character_id, emotion_name),
    CONSTRAINT character_emotion_range_character_id_fkey FOREIGN KEY (character_id) REFERENCES characters (id) ON DELETE CASCADE,
    CONSTRAINT character_emotion_range_base_intensity_check CHECK (((base_intensity >= (0)::numeric) AND (base_intensity <= (1)::numeric)))
);
CREATE INDEX idx_emotion_range_char ON character_emotion_range USING btree (character_id);

CREATE TABLE character_current_context (
    id serial,
    character_id integer NOT NULL,
    living_situation text,
    daily_routine text,
    recent_events text,
    created_at timestamp without time zone DEFAULT CURRENT_TIMESTAMP,
    updated_at timestamp without time zone DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (id),
    UNIQUE (character_id),
    CONSTRAINT character_current_context_character_id_fkey FOREIGN KEY (character_id) REFERENCES characters (id) ON DELETE CASCADE
);

CREATE TABLE character_deployment_config (
    id serial,
    character_id integer NOT NULL,
    container_port integer,
    health_check_port integer,
    memory_limit character varying(20) DEFAULT '512m'::character varying,
    cpu_limit character varying(20) DEFAULT '0.5'::character varying,
    restart_policy character varying(50) DEFAULT 'unless-stopped'::character varying,
    environment_variables json,
    volume_mounts json,
    network_mode character varying(50) DEFAULT 'whisperengine-multi_default'::character varying,
    deployment_status character varying(50) DEFAULT 'stopped'::character varying,
    auto_deploy boolean DEFAULT false,
    last_deployed_at timestamp with time zone,
    is_active boolean DEFAULT true,
    created_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP,
    updated_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (id),
    UNIQUE (character_id, is_active),
    CONSTRAINT character_deployment_config_character_id_fkey FOREIGN KEY (character_id) REFERENCES characters (id) ON DELETE CASCADE
);
CREATE INDEX idx_character_deployment_config_active ON character_deployment_config USING btree (is_active);
CREATE INDEX idx_character_deployment_config_character_id ON character_deployment_config USING btree (character_id);
CREATE INDEX idx_character_deployment_config_status ON character_deployment_config USING btree (deployment_status);

