-- Advanced stage: production's keys from emotions, facts and relationships to users(user_id).
-- users is a core table: production's user_id with its unique key arrives through the core stage's migration
-- 20251021120000, which always runs before this stage.
ALTER TABLE emotions ADD CONSTRAINT emotions_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (user_id);
ALTER TABLE facts ADD CONSTRAINT facts_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (user_id);
ALTER TABLE relationships ADD CONSTRAINT relationships_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (user_id);
