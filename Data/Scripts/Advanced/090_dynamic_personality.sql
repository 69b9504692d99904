-- Advanced stage: the per-user personality the dynamic-personality engine learns from conversations (production's
-- tables; the analyses and traits belong to the profile of their user).

CREATE TABLE dynamic_personality_profiles (
    user_id character varying(255) NOT NULL,
    created_at timestamp without time zone DEFAULT CURRENT_TIMESTAMP,
    updated_at timestamp without time zone DEFAULT CURRENT_TIMESTAMP,
    total_conversations integer DEFAULT 0,
    relationship_depth double precision DEFAULT 0.0,
    trust_level double precision DEFAULT 0.0,
    preferred_response_style jsonb DEFAULT '{}'::jsonb,
    PRIMARY KEY (user_id)
);

CREATE TABLE dynamic_personality_traits (
    id serial,
    user_id character varying(255),
    dimension character varying(100),
    value double precision,
    confidence double precision,
    last_updated timestamp without time zone DEFAULT CURRENT_TIMESTAMP,
    evidence_count integer DEFAULT 0,
    evidence_sources jsonb DEFAULT '[]'::jsonb,
    PRIMARY KEY (id),
    CONSTRAINT fk_user_profile FOREIGN KEY (user_id) REFERENCES dynamic_personality_profiles (user_id) ON DELETE CASCADE
);
CREATE INDEX idx_dynamic_personality_traits_user_id ON dynamic_personality_traits USING btree (user_id);

CREATE TABLE dynamic_conversation_analyses (
    id serial,
    user_id character varying(255),
    context_id character varying(255),
    "timestamp" timestamp without time zone DEFAULT CURRENT_TIMESTAMP,
    message_length integer,
    formality_score double precision,
    emotional_openness double precision,
    conversation_depth double precision,
    topics_discussed jsonb DEFAULT '[]'::jsonb,
    emotional_tone character varying(50),
    humor_detected boolean DEFAULT false,
    support_seeking boolean DEFAULT false,
    PRIMARY KEY (id),
    CONSTRAINT fk_user_profile_analysis FOREIGN KEY (user_id) REFERENCES dynamic_personality_profiles (user_id) ON DELETE CASCADE
);
CREATE INDEX idx_dynamic_conversation_analyses_timestamp ON dynamic_conversation_analyses USING btree ("timestamp");
CREATE INDEX idx_dynamic_conversation_analyses_user_id ON dynamic_conversation_analyses USING btree (user_id);

