-- Advanced stage: production's functions, with its signatures and bodies written here. Its *_v2 functions read
-- tables that exist nowhere and are left out (docs/schema.md rows). update_character_timestamp() came with 010.

-- Generic "row changed" stamp for BEFORE UPDATE triggers.
CREATE FUNCTION update_updated_at_column() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END;
$$;

-- Other entities of the same type whose names look alike (trigram similarity), best first.
CREATE FUNCTION discover_similar_entities(
    p_entity_id uuid, p_similarity_threshold double precision DEFAULT 0.3, p_limit integer DEFAULT 10)
RETURNS TABLE(similar_entity_id uuid, similar_entity_name text, similarity_score double precision)
LANGUAGE plpgsql STABLE AS $$
BEGIN
    RETURN QUERY
    SELECT other.id, other.entity_name, similarity(other.entity_name, origin.entity_name)::double precision AS score
    FROM fact_entities origin
    JOIN fact_entities other ON other.entity_type = origin.entity_type AND other.id <> origin.id
    WHERE origin.id = p_entity_id
      AND similarity(other.entity_name, origin.entity_name) >= p_similarity_threshold
    ORDER BY score DESC, other.entity_name
    LIMIT p_limit;
END;
$$;

-- What the graph knows about a user: each entity with its category, the edge's confidence and emotional context,
-- who mentioned it, and how many entities it relates to; optionally one entity type and a minimum confidence.
CREATE FUNCTION get_user_facts_with_relations(
    p_user_id character varying, p_entity_type text DEFAULT NULL, p_min_confidence double precision DEFAULT 0.5,
    p_limit integer DEFAULT 50)
RETURNS TABLE(entity_name text, entity_category text, relationship_type text, confidence double precision,
    emotional_context text, mentioned_by_character text, related_entities_count bigint,
    last_updated timestamp without time zone)
LANGUAGE plpgsql STABLE AS $$
BEGIN
    RETURN QUERY
    SELECT e.entity_name, e.category, r.relationship_type, r.confidence, r.emotional_context, r.mentioned_by_character,
        (SELECT count(*) FROM entity_relationships er WHERE er.from_entity_id = e.id OR er.to_entity_id = e.id),
        r.updated_at
    FROM user_fact_relationships r
    JOIN fact_entities e ON e.id = r.entity_id
    WHERE r.user_id = p_user_id
      AND (p_entity_type IS NULL OR e.entity_type = p_entity_type)
      AND coalesce(r.confidence, 0) >= coalesce(p_min_confidence, 0)
    ORDER BY r.confidence DESC NULLS LAST, r.updated_at DESC NULLS LAST
    LIMIT p_limit;
END;
$$;

-- The same for callers that hold the user's id as a uuid: user ids are stored as text.
CREATE FUNCTION get_user_facts_with_relations(
    p_user_id uuid, p_entity_type text DEFAULT NULL, p_min_confidence double precision DEFAULT 0.5,
    p_limit integer DEFAULT 50)
RETURNS TABLE(entity_name text, entity_category text, relationship_type text, confidence double precision,
    emotional_context text, mentioned_by_character text, related_entities_count bigint,
    last_updated timestamp without time zone)
LANGUAGE plpgsql STABLE AS $$
BEGIN
    RETURN QUERY SELECT * FROM get_user_facts_with_relations(p_user_id::text::character varying, p_entity_type, p_min_confidence, p_limit);
END;
$$;

-- Size and use of the indexes on the CDL character tables and the knowledge graph, largest first.
CREATE FUNCTION analyze_cdl_graph_index_performance()
RETURNS TABLE(index_name text, table_name text, index_size text, index_scans bigint, tuples_read bigint, tuples_fetched bigint)
LANGUAGE plpgsql STABLE AS $$
BEGIN
    RETURN QUERY
    SELECT s.indexrelname::text, s.relname::text, pg_size_pretty(pg_relation_size(s.indexrelid)), s.idx_scan, s.idx_tup_read, s.idx_tup_fetch
    FROM pg_stat_user_indexes s
    WHERE s.schemaname = current_schema()
      AND (s.relname = 'characters' OR s.relname LIKE 'character\_%'
           OR s.relname IN ('fact_entities', 'entity_relationships', 'user_fact_relationships'))
    ORDER BY pg_relation_size(s.indexrelid) DESC, s.indexrelname;
END;
$$;

-- Refreshes the planner's statistics for the CDL character tables and the knowledge graph. ANALYZE is what a
-- function may run; VACUUM and REINDEX CONCURRENTLY cannot run inside one.
CREATE FUNCTION maintain_cdl_graph_indexes() RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    t regclass;
BEGIN
    FOR t IN
        SELECT c.oid::regclass FROM pg_class c
        WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind = 'r'
          AND (c.relname = 'characters' OR c.relname LIKE 'character\_%'
               OR c.relname IN ('fact_entities', 'entity_relationships', 'user_fact_relationships'))
    LOOP
        EXECUTE format('ANALYZE %s', t);
    END LOOP;
END;
$$;

-- For a trigger on personality_parameter_adjustments: an adjustment that sets a parameter is recorded in the
-- character's personality_evolution_timeline, with the magnitude when both values are numbers.
CREATE FUNCTION track_personality_parameter_changes() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    magnitude numeric;
BEGIN
    IF TG_OP = 'UPDATE' AND NEW.current_value IS NOT DISTINCT FROM OLD.current_value
       AND NEW.target_value IS NOT DISTINCT FROM OLD.target_value THEN
        RETURN NEW;
    END IF;
    IF NEW.current_value ~ '^-?[0-9]+(\.[0-9]+)?$' AND NEW.target_value ~ '^-?[0-9]+(\.[0-9]+)?$' THEN
        magnitude := least(abs(NEW.target_value::numeric - NEW.current_value::numeric), 99.999);
    END IF;
    INSERT INTO personality_evolution_timeline (character_name, parameter_path, old_value, new_value, change_magnitude, optimization_id, change_reason)
    SELECT a.character_name, NEW.parameter_path, NEW.current_value, NEW.target_value, magnitude, NEW.optimization_id, NEW.adjustment_reason
    FROM personality_optimization_attempts a WHERE a.optimization_id = NEW.optimization_id;
    RETURN NEW;
END;
$$;
