-- Advanced stage: production's triggers that the earlier steps do not create. Every table exists by now.
CREATE TRIGGER trigger_update_character_timestamp_appearance AFTER INSERT OR DELETE OR UPDATE ON character_appearance
    FOR EACH ROW EXECUTE FUNCTION update_character_timestamp();
CREATE TRIGGER trigger_update_character_timestamp_background AFTER INSERT OR DELETE OR UPDATE ON character_background
    FOR EACH ROW EXECUTE FUNCTION update_character_timestamp();
CREATE TRIGGER trigger_update_character_timestamp_patterns AFTER INSERT OR DELETE OR UPDATE ON character_communication_patterns
    FOR EACH ROW EXECUTE FUNCTION update_character_timestamp();
CREATE TRIGGER trigger_update_character_timestamp_essence AFTER INSERT OR DELETE OR UPDATE ON character_essence
    FOR EACH ROW EXECUTE FUNCTION update_character_timestamp();
CREATE TRIGGER trigger_update_character_timestamp_memories AFTER INSERT OR DELETE OR UPDATE ON character_memories
    FOR EACH ROW EXECUTE FUNCTION update_character_timestamp();
CREATE TRIGGER trigger_update_character_timestamp_metadata AFTER INSERT OR DELETE OR UPDATE ON character_metadata
    FOR EACH ROW EXECUTE FUNCTION update_character_timestamp();
CREATE TRIGGER trigger_update_character_timestamp_relationships AFTER INSERT OR DELETE OR UPDATE ON character_relationships
    FOR EACH ROW EXECUTE FUNCTION update_character_timestamp();

CREATE TRIGGER update_fact_entities_updated_at BEFORE UPDATE ON fact_entities
    FOR EACH ROW EXECUTE FUNCTION update_updated_at_column();
CREATE TRIGGER update_user_fact_relationships_updated_at BEFORE UPDATE ON user_fact_relationships
    FOR EACH ROW EXECUTE FUNCTION update_updated_at_column();
