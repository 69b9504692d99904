-- Enrichment stage, step 2: the knowledge graph takes production's shape (docs/schema.md, rows for fact_entities,
-- user_fact_relationships, entity_relationships). Integer ids become uuids with every edge kept, production's columns,
-- keys, checks and indexes join the seeds' ones, and enrichment_processing_log arrives. Runs on a fresh database
-- (tables empty) and on one built by the earlier steps (rows converted by the rules below).
-- Production's key from user_fact_relationships to universal_users waits for the advanced stage, which creates that table.

-- 1. Integer ids -> uuids. A temporary map keeps each old id's new uuid so the referencing columns follow it.
CREATE TEMPORARY TABLE kg_entity_ids ON COMMIT DROP AS
    SELECT id AS old_id, gen_random_uuid() AS new_id FROM fact_entities;
CREATE UNIQUE INDEX ON kg_entity_ids (old_id);

-- ALTER ... TYPE ... USING cannot hold a subquery; a function can, and it keeps the columns where they are.
CREATE FUNCTION pg_temp.kg_entity_uuid(old integer) RETURNS uuid
LANGUAGE sql STABLE AS $$ SELECT new_id FROM kg_entity_ids WHERE old_id = old $$;

ALTER TABLE user_fact_relationships DROP CONSTRAINT user_fact_relationships_entity_id_fkey;
ALTER TABLE entity_relationships DROP CONSTRAINT entity_relationships_source_entity_id_fkey;
ALTER TABLE entity_relationships DROP CONSTRAINT entity_relationships_target_entity_id_fkey;

ALTER TABLE fact_entities ALTER COLUMN id DROP IDENTITY;
ALTER TABLE fact_entities ALTER COLUMN id TYPE uuid USING pg_temp.kg_entity_uuid(id);
ALTER TABLE fact_entities ALTER COLUMN id SET DEFAULT gen_random_uuid();

ALTER TABLE user_fact_relationships ALTER COLUMN id DROP IDENTITY;
ALTER TABLE user_fact_relationships ALTER COLUMN id TYPE uuid USING gen_random_uuid();
ALTER TABLE user_fact_relationships ALTER COLUMN id SET DEFAULT gen_random_uuid();
ALTER TABLE user_fact_relationships ALTER COLUMN entity_id TYPE uuid USING pg_temp.kg_entity_uuid(entity_id);

ALTER TABLE entity_relationships ALTER COLUMN id DROP IDENTITY;
ALTER TABLE entity_relationships ALTER COLUMN id TYPE uuid USING gen_random_uuid();
ALTER TABLE entity_relationships ALTER COLUMN id SET DEFAULT gen_random_uuid();
ALTER TABLE entity_relationships ALTER COLUMN source_entity_id TYPE uuid USING pg_temp.kg_entity_uuid(source_entity_id);
ALTER TABLE entity_relationships ALTER COLUMN target_entity_id TYPE uuid USING pg_temp.kg_entity_uuid(target_entity_id);

ALTER TABLE user_fact_relationships ADD CONSTRAINT user_fact_relationships_entity_id_fkey
    FOREIGN KEY (entity_id) REFERENCES fact_entities (id) ON DELETE CASCADE;
ALTER TABLE entity_relationships ADD CONSTRAINT entity_relationships_source_entity_id_fkey
    FOREIGN KEY (source_entity_id) REFERENCES fact_entities (id) ON DELETE CASCADE;
ALTER TABLE entity_relationships ADD CONSTRAINT entity_relationships_target_entity_id_fkey
    FOREIGN KEY (target_entity_id) REFERENCES fact_entities (id) ON DELETE CASCADE;

-- 2. fact_entities: production's columns; names and types widen to text (production's type).
ALTER TABLE fact_entities
    ALTER COLUMN entity_name TYPE text,
    ALTER COLUMN entity_type TYPE text,
    ADD COLUMN category text,
    ADD COLUMN subcategory text,
    ADD COLUMN attributes jsonb DEFAULT '{}'::jsonb,
    ADD COLUMN created_at timestamp without time zone DEFAULT now(),
    ADD COLUMN updated_at timestamp without time zone DEFAULT now();
-- Existing entities keep their history: production's timestamps take the seeds' ones.
UPDATE fact_entities SET created_at = coalesce(first_mentioned, created_at), updated_at = coalesce(last_updated, updated_at);
-- Same columns as the seeds' UNIQUE (entity_name, entity_type), in production's order, so both catalogs find theirs.
ALTER TABLE fact_entities ADD CONSTRAINT fact_entities_entity_type_entity_name_key UNIQUE (entity_type, entity_name);
CREATE INDEX idx_fact_entities_attributes ON fact_entities USING gin (attributes);
CREATE INDEX idx_fact_entities_category ON fact_entities USING btree (entity_type, category);
CREATE INDEX idx_fact_entities_name_lookup ON fact_entities USING btree (entity_name);
CREATE INDEX idx_fact_entities_search ON fact_entities USING gin (search_vector);
CREATE INDEX idx_fact_entities_type ON fact_entities USING btree (entity_type);
CREATE INDEX idx_fact_entities_type_lookup ON fact_entities USING btree (entity_type, entity_name);

-- 3. entity_relationships: production's from/to columns beside the seeds' source/target, kept equal by a trigger.
ALTER TABLE entity_relationships
    ALTER COLUMN relationship_type TYPE text,
    ADD COLUMN from_entity_id uuid,
    ADD COLUMN to_entity_id uuid,
    ADD COLUMN weight double precision DEFAULT 0.5,
    ADD COLUMN bidirectional boolean DEFAULT false,
    ADD COLUMN metadata jsonb DEFAULT '{}'::jsonb;
UPDATE entity_relationships SET from_entity_id = source_entity_id, to_entity_id = target_entity_id,
    weight = least(greatest(coalesce(strength, 0.5), 0), 1);

-- Rule (docs/schema.md): a type outside production's six becomes 'related_to'; the seed's type stays in
-- metadata.original_relationship_type.
UPDATE entity_relationships
SET metadata = metadata || jsonb_build_object('original_relationship_type', relationship_type), relationship_type = 'related_to'
WHERE relationship_type NOT IN ('similar_to', 'part_of', 'category_of', 'related_to', 'opposite_of', 'requires');

-- Rule: production allows one edge per (from, to, type); the earliest stays and the others are kept, whole, in its
-- metadata.merged array.
WITH ranked AS (
    SELECT r.*, first_value(id) OVER w AS keeper, row_number() OVER w AS n
    FROM entity_relationships r
    WINDOW w AS (PARTITION BY from_entity_id, to_entity_id, relationship_type ORDER BY created_at, id)
), merged AS (
    SELECT keeper, jsonb_agg(to_jsonb(ranked) - 'keeper' - 'n' ORDER BY n) AS rows FROM ranked WHERE n > 1 GROUP BY keeper
), kept AS (
    UPDATE entity_relationships r SET metadata = r.metadata || jsonb_build_object('merged', m.rows)
    FROM merged m WHERE r.id = m.keeper
)
DELETE FROM entity_relationships r USING (SELECT id FROM ranked WHERE n > 1) d WHERE r.id = d.id;

-- Rule: production forbids an edge from an entity to itself; such an edge is kept, whole, in the entity's
-- attributes.self_relationships array.
WITH loops AS (
    DELETE FROM entity_relationships WHERE from_entity_id = to_entity_id RETURNING *
)
UPDATE fact_entities e
SET attributes = coalesce(e.attributes, '{}'::jsonb)
    || jsonb_build_object('self_relationships', coalesce(e.attributes -> 'self_relationships', '[]'::jsonb) || l.rows)
FROM (SELECT from_entity_id, jsonb_agg(to_jsonb(loops) ORDER BY created_at, id) AS rows FROM loops GROUP BY from_entity_id) l
WHERE e.id = l.from_entity_id;

-- Either side's writer names the ends its way; the other pair follows, so both pairs' NOT NULLs hold.
CREATE FUNCTION entity_relationships_sync_ends() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    NEW.from_entity_id := coalesce(NEW.from_entity_id, NEW.source_entity_id);
    NEW.to_entity_id := coalesce(NEW.to_entity_id, NEW.target_entity_id);
    NEW.source_entity_id := coalesce(NEW.source_entity_id, NEW.from_entity_id);
    NEW.target_entity_id := coalesce(NEW.target_entity_id, NEW.to_entity_id);
    RETURN NEW;
END;
$$;
CREATE TRIGGER trigger_entity_relationships_sync_ends
    BEFORE INSERT OR UPDATE ON entity_relationships
    FOR EACH ROW EXECUTE FUNCTION entity_relationships_sync_ends();

ALTER TABLE entity_relationships
    ALTER COLUMN from_entity_id SET NOT NULL,
    ALTER COLUMN to_entity_id SET NOT NULL,
    ADD CONSTRAINT entity_relationships_from_entity_id_fkey FOREIGN KEY (from_entity_id) REFERENCES fact_entities (id) ON DELETE CASCADE,
    ADD CONSTRAINT entity_relationships_to_entity_id_fkey FOREIGN KEY (to_entity_id) REFERENCES fact_entities (id) ON DELETE CASCADE,
    ADD CONSTRAINT entity_relationships_from_entity_id_to_entity_id_relationship_t UNIQUE (from_entity_id, to_entity_id, relationship_type),
    ADD CONSTRAINT entity_relationships_check CHECK (from_entity_id <> to_entity_id),
    ADD CONSTRAINT entity_relationships_relationship_type_check CHECK (relationship_type = ANY (ARRAY['similar_to'::text, 'part_of'::text, 'category_of'::text, 'related_to'::text, 'opposite_of'::text, 'requires'::text])),
    ADD CONSTRAINT entity_relationships_weight_check CHECK (weight >= 0::double precision AND weight <= 1::double precision);
CREATE INDEX idx_entity_rel_bidirectional ON entity_relationships USING btree (bidirectional, from_entity_id, to_entity_id);
CREATE INDEX idx_entity_rel_forward ON entity_relationships USING btree (from_entity_id, weight DESC);
CREATE INDEX idx_entity_rel_reverse ON entity_relationships USING btree (to_entity_id, weight DESC);
CREATE INDEX idx_entity_rel_type ON entity_relationships USING btree (relationship_type, weight DESC);

-- 4. user_fact_relationships: production's columns; bot_name (which production does not have) may be NULL and is
-- derived from mentioned_by_character, and the other way round, so either writer's rows carry the bot.
ALTER TABLE user_fact_relationships
    ALTER COLUMN relationship_type TYPE text,
    ALTER COLUMN bot_name DROP NOT NULL,
    ADD COLUMN confidence double precision DEFAULT 0.5,
    ADD COLUMN strength double precision DEFAULT 0.5,
    ADD COLUMN emotional_context text,
    ADD COLUMN context_metadata jsonb DEFAULT '{}'::jsonb,
    ADD COLUMN source_conversation_id text,
    ADD COLUMN mentioned_by_character text,
    ADD COLUMN source_platform text DEFAULT 'discord'::text,
    ADD COLUMN related_entities jsonb DEFAULT '[]'::jsonb;
UPDATE user_fact_relationships
SET mentioned_by_character = bot_name,
    strength = least(greatest(coalesce(relationship_strength, 0.5), 0), 1),
    confidence = least(greatest(coalesce(relationship_strength, 0.5), 0), 1);

-- Rule: production's type is 1 to 50 characters; a longer or empty seed type is cut to 50 (or becomes
-- 'unspecified') and the whole one stays in context_metadata.original_relationship_type.
UPDATE user_fact_relationships
SET context_metadata = context_metadata || jsonb_build_object('original_relationship_type', relationship_type),
    relationship_type = CASE WHEN length(relationship_type) = 0 THEN 'unspecified' ELSE left(relationship_type, 50) END
WHERE length(relationship_type) NOT BETWEEN 1 AND 50;

-- Rule: production holds one row per (user, entity, type), where the seeds held one per bot; the most recently
-- updated stays and the others are kept, whole, in its context_metadata.merged array.
WITH ranked AS (
    SELECT r.*, first_value(id) OVER w AS keeper, row_number() OVER w AS n
    FROM user_fact_relationships r
    WINDOW w AS (PARTITION BY user_id, entity_id, relationship_type ORDER BY updated_at DESC NULLS LAST, created_at DESC NULLS LAST, id)
), merged AS (
    SELECT keeper, jsonb_agg(to_jsonb(ranked) - 'keeper' - 'n' ORDER BY n) AS rows FROM ranked WHERE n > 1 GROUP BY keeper
), kept AS (
    UPDATE user_fact_relationships r SET context_metadata = r.context_metadata || jsonb_build_object('merged', m.rows)
    FROM merged m WHERE r.id = m.keeper
)
DELETE FROM user_fact_relationships r USING (SELECT id FROM ranked WHERE n > 1) d WHERE r.id = d.id;

CREATE FUNCTION user_fact_relationships_sync_bot() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    NEW.mentioned_by_character := coalesce(NEW.mentioned_by_character, NEW.bot_name);
    NEW.bot_name := coalesce(NEW.bot_name, left(NEW.mentioned_by_character, 100));
    RETURN NEW;
END;
$$;
CREATE TRIGGER trigger_user_fact_relationships_sync_bot
    BEFORE INSERT OR UPDATE ON user_fact_relationships
    FOR EACH ROW EXECUTE FUNCTION user_fact_relationships_sync_bot();

ALTER TABLE user_fact_relationships
    ADD CONSTRAINT user_fact_relationships_user_id_entity_id_relationship_type_key UNIQUE (user_id, entity_id, relationship_type),
    ADD CONSTRAINT user_fact_relationships_confidence_check CHECK (confidence >= 0::double precision AND confidence <= 1::double precision),
    ADD CONSTRAINT user_fact_relationships_relationship_type_check CHECK (length(relationship_type) > 0 AND length(relationship_type) <= 50),
    ADD CONSTRAINT user_fact_relationships_strength_check CHECK (strength >= 0::double precision AND strength <= 1::double precision);
CREATE INDEX idx_user_facts_character ON user_fact_relationships USING btree (user_id, mentioned_by_character, confidence DESC);
CREATE INDEX idx_user_facts_created ON user_fact_relationships USING btree (user_id, created_at DESC);
CREATE INDEX idx_user_facts_emotional ON user_fact_relationships USING btree (user_id, emotional_context, confidence DESC);
CREATE INDEX idx_user_facts_entity ON user_fact_relationships USING btree (entity_id, confidence DESC);
CREATE INDEX idx_user_facts_lookup ON user_fact_relationships USING btree (user_id, confidence DESC, updated_at DESC);
CREATE INDEX idx_user_facts_related ON user_fact_relationships USING gin (related_entities);
CREATE INDEX idx_user_facts_type ON user_fact_relationships USING btree (user_id, relationship_type, confidence DESC);

-- 5. What the enrichment worker has already processed, so it does not process a memory point twice.
CREATE TABLE enrichment_processing_log (
    user_id varchar(255) NOT NULL,
    bot_name varchar(100) NOT NULL,
    point_id varchar(255) NOT NULL,
    processing_type varchar(50) NOT NULL,
    processed_at timestamp without time zone NOT NULL DEFAULT now(),
    feedback_type varchar(50),
    confidence double precision,
    PRIMARY KEY (user_id, bot_name, point_id, processing_type)
);
CREATE INDEX idx_enrichment_log_lookup ON enrichment_processing_log USING btree (user_id, bot_name, processing_type);
CREATE INDEX idx_enrichment_log_processed_at ON enrichment_processing_log USING btree (processed_at);
