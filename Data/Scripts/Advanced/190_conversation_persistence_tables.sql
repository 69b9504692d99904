-- Advanced stage: the three tables WhisperEngine's human-like persistence creates itself when they are missing
-- (production-catalog.json, created_by_the_application). Created here with the application's columns and keys, so
-- its statements (including ON CONFLICT (user_id)) work from the first run and the tables show in this schema;
-- the application's own CREATE TABLE IF NOT EXISTS then leaves them as they are.
CREATE TABLE user_conversation_preferences (
    user_id text PRIMARY KEY,
    preferences jsonb NOT NULL DEFAULT '{}',
    personality_type text DEFAULT 'caring_friend',
    conversation_mode text DEFAULT 'adaptive',
    updated_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE user_conversation_state (
    user_id text PRIMARY KEY,
    current_mode text DEFAULT 'adaptive',
    interaction_history jsonb NOT NULL DEFAULT '[]',
    conversation_context jsonb NOT NULL DEFAULT '{}',
    updated_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE empathetic_response_tracking (
    id serial PRIMARY KEY,
    user_id text NOT NULL,
    intervention_type text NOT NULL,
    response_style text NOT NULL,
    effectiveness_score real NOT NULL,
    context jsonb DEFAULT '{}',
    created_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP
);

CREATE INDEX idx_empathetic_response_tracking_user_id ON empathetic_response_tracking (user_id);
