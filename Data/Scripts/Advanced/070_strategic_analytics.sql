-- Advanced stage, strategic analytics: caches computed in the background per user and bot (or per bot), each
-- valid until expires_at, plus the bots' self-reflections. Upstream keys these by uuid and records times with
-- time zone; both are kept. gen_random_uuid() is built into PostgreSQL 13 and later, so no extension is needed.

CREATE TABLE IF NOT EXISTS strategic_character_performance (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    bot_name text NOT NULL,
    time_window_hours integer NOT NULL DEFAULT 168,
    engagement_score_avg double precision,
    satisfaction_score_avg double precision,
    coherence_score_avg double precision,
    personality_consistency_index double precision,
    quality_trend text,
    recent_anomalies jsonb,
    computed_at timestamp with time zone NOT NULL DEFAULT now(),
    expires_at timestamp with time zone NOT NULL,
    UNIQUE (bot_name, time_window_hours)
);
COMMENT ON TABLE strategic_character_performance IS 'Quality scores of a bot over a time window (upstream definition).';
CREATE INDEX IF NOT EXISTS idx_character_perf_expires ON strategic_character_performance (expires_at);

CREATE TABLE IF NOT EXISTS strategic_conversation_patterns (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id text NOT NULL,
    bot_name text NOT NULL,
    recent_topics jsonb,
    avg_topic_duration_minutes double precision,
    context_switch_frequency double precision,
    predicted_switch_likelihood double precision,
    topic_transition_graph jsonb,
    computed_at timestamp with time zone NOT NULL DEFAULT now(),
    expires_at timestamp with time zone NOT NULL,
    UNIQUE (user_id, bot_name)
);
COMMENT ON TABLE strategic_conversation_patterns IS 'Topic flow and switching habits of a user with a bot (upstream definition).';
CREATE INDEX IF NOT EXISTS idx_conv_patterns_expires ON strategic_conversation_patterns (expires_at);

CREATE TABLE IF NOT EXISTS strategic_engagement_opportunities (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id text NOT NULL,
    bot_name text NOT NULL,
    optimal_timing_hours double precision,
    receptivity_score double precision,
    suggested_topics jsonb,
    last_engagement_gap_hours double precision,
    proactive_success_rate double precision,
    computed_at timestamp with time zone NOT NULL DEFAULT now(),
    expires_at timestamp with time zone NOT NULL,
    UNIQUE (user_id, bot_name)
);
COMMENT ON TABLE strategic_engagement_opportunities IS 'When and on what a bot may proactively engage a user (upstream definition).';
CREATE INDEX IF NOT EXISTS idx_engagement_expires ON strategic_engagement_opportunities (expires_at);

CREATE TABLE IF NOT EXISTS strategic_memory_behavior (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id text NOT NULL,
    bot_name text NOT NULL,
    forgetting_curve_params jsonb,
    high_retention_memories jsonb,
    low_retention_memories jsonb,
    recall_simulation_score double precision,
    computed_at timestamp with time zone NOT NULL DEFAULT now(),
    expires_at timestamp with time zone NOT NULL,
    UNIQUE (user_id, bot_name)
);
COMMENT ON TABLE strategic_memory_behavior IS 'Simulated forgetting and recall of a bot''s memories of a user (upstream definition).';
CREATE INDEX IF NOT EXISTS idx_memory_behavior_expires ON strategic_memory_behavior (expires_at);

CREATE TABLE IF NOT EXISTS strategic_memory_health (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id text NOT NULL,
    bot_name text NOT NULL,
    memory_snapshot jsonb NOT NULL,
    avg_memory_age_hours double precision,
    retrieval_frequency_trend text,
    forgetting_risk_memories jsonb,
    computed_at timestamp with time zone NOT NULL DEFAULT now(),
    expires_at timestamp with time zone NOT NULL,
    UNIQUE (user_id, bot_name)
);
COMMENT ON TABLE strategic_memory_health IS 'Age and retrieval health of a bot''s memories of a user (upstream definition).';
CREATE INDEX IF NOT EXISTS idx_memory_health_expires ON strategic_memory_health (expires_at);

CREATE TABLE IF NOT EXISTS strategic_personality_profiles (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id text NOT NULL,
    bot_name text NOT NULL,
    dominant_traits jsonb,
    user_response_patterns jsonb,
    adaptation_suggestions jsonb,
    trait_evolution_history jsonb,
    computed_at timestamp with time zone NOT NULL DEFAULT now(),
    expires_at timestamp with time zone NOT NULL,
    UNIQUE (user_id, bot_name)
);
COMMENT ON TABLE strategic_personality_profiles IS 'How a user responds to a bot''s traits and how the bot may adapt (upstream definition).';
CREATE INDEX IF NOT EXISTS idx_personality_expires ON strategic_personality_profiles (expires_at);

CREATE TABLE IF NOT EXISTS bot_self_reflections (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    bot_name varchar(100) NOT NULL,
    interaction_id uuid,
    user_id varchar(255),
    conversation_id uuid,
    effectiveness_score double precision,
    authenticity_score double precision,
    emotional_resonance double precision,
    learning_insight text NOT NULL,
    improvement_suggestion text,
    interaction_context text,
    bot_response_preview text,
    trigger_type varchar(50),
    reflection_category varchar(100),
    created_at timestamp with time zone NOT NULL DEFAULT now()
);
COMMENT ON TABLE bot_self_reflections IS 'A bot''s own assessment of one of its interactions (upstream definition).';
CREATE INDEX IF NOT EXISTS idx_bot_self_reflections_bot_name ON bot_self_reflections (bot_name);
CREATE INDEX IF NOT EXISTS idx_bot_self_reflections_category ON bot_self_reflections (reflection_category);
CREATE INDEX IF NOT EXISTS idx_bot_self_reflections_created_at ON bot_self_reflections (created_at);
CREATE INDEX IF NOT EXISTS idx_bot_self_reflections_scores ON bot_self_reflections (effectiveness_score, authenticity_score);
CREATE INDEX IF NOT EXISTS idx_bot_self_reflections_trigger_type ON bot_self_reflections (trigger_type);
CREATE INDEX IF NOT EXISTS idx_bot_self_reflections_user_id ON bot_self_reflections (user_id);
