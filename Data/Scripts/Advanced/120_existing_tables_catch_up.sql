-- Advanced stage: what production has on tables the earlier advanced and enrichment steps created, and they lack.

-- Production's user ids here are text; varchar(255) widens to it without touching a row (docs/schema.md rule 2).
ALTER TABLE conversations ALTER COLUMN user_id TYPE text;
ALTER TABLE memory_entries ALTER COLUMN user_id TYPE text;

CREATE INDEX idx_personality_opt_attempts_id ON personality_optimization_attempts USING btree (optimization_id);
CREATE INDEX idx_platform_identities_platform_user ON platform_identities USING btree (platform, platform_user_id);
CREATE INDEX idx_trust_recovery_user_bot ON trust_recovery_state USING btree (user_id, bot_name);

-- Production's key from the knowledge graph's user edges to universal_users, which this stage created after the
-- enrichment stage. Rule (docs/schema.md): a user the graph knows but universal_users does not gets a universal
-- user of that id, named by it, so every existing edge is kept.
INSERT INTO universal_users (universal_id, primary_username)
SELECT DISTINCT r.user_id, r.user_id FROM user_fact_relationships r
WHERE NOT EXISTS (SELECT 1 FROM universal_users u WHERE u.universal_id = r.user_id);
ALTER TABLE user_fact_relationships ADD CONSTRAINT user_fact_relationships_user_id_fkey
    FOREIGN KEY (user_id) REFERENCES universal_users (universal_id) ON DELETE CASCADE;
