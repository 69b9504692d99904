-- Advanced stage: WhisperEngine creates character_trait_relationships itself when it is missing, keyed by the
-- character's name. Ours (010) keys it by character_id. Both writers' rows must fit: the application's columns
-- join ours at its widths, and a trigger derives each key from the other (docs/schema.md rows).
ALTER TABLE character_trait_relationships
    ADD COLUMN character_name varchar(255),
    ADD COLUMN context text,
    ALTER COLUMN character_id DROP NOT NULL,
    ALTER COLUMN source_trait TYPE varchar(500),
    ALTER COLUMN target_trait TYPE varchar(500),
    ALTER COLUMN relationship_type TYPE varchar(100);
ALTER TABLE character_trait_relationships ALTER COLUMN created_at SET DEFAULT CURRENT_TIMESTAMP;
ALTER TABLE character_trait_relationships ALTER COLUMN updated_at SET DEFAULT CURRENT_TIMESTAMP;
UPDATE character_trait_relationships r SET character_name = c.name FROM characters c WHERE c.id = r.character_id;

-- The application names the character as its bots do (any case); ours names it by id. A name no character has
-- leaves character_id NULL rather than rejecting the application's row.
CREATE FUNCTION character_trait_relationships_sync_character() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.character_id IS NULL AND NEW.character_name IS NOT NULL THEN
        SELECT c.id INTO NEW.character_id FROM characters c
        WHERE lower(c.name) = lower(NEW.character_name)
        ORDER BY (c.name = NEW.character_name) DESC, c.id LIMIT 1;
    ELSIF NEW.character_name IS NULL AND NEW.character_id IS NOT NULL THEN
        SELECT c.name INTO NEW.character_name FROM characters c WHERE c.id = NEW.character_id;
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER trigger_character_trait_relationships_sync_character
    BEFORE INSERT OR UPDATE ON character_trait_relationships
    FOR EACH ROW EXECUTE FUNCTION character_trait_relationships_sync_character();
ALTER TABLE character_trait_relationships ALTER COLUMN character_name SET NOT NULL;
CREATE INDEX idx_character_trait_relationships_name ON character_trait_relationships (character_name);
