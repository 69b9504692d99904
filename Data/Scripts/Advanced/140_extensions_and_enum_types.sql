-- Advanced stage: production's extensions and enum types. pg_trgm came with the enrichment stage.
CREATE EXTENSION IF NOT EXISTS btree_gin;
CREATE EXTENSION IF NOT EXISTS "uuid-ossp";

-- Production's character archetypes and workflow states; only its *_v2 functions (left out) use them today.
CREATE TYPE character_archetype_enum AS ENUM ('real_world', 'fantasy_mystical', 'narrative_ai');
CREATE TYPE workflow_status_enum AS ENUM ('active', 'paused', 'completed', 'failed', 'cancelled');
