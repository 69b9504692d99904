-- Advanced stage: production's keys from emotions, facts and relationships to users(user_id).
-- users is a core table: production's user_id (with its unique key) arrives through the core stage's EF migration,
-- which always runs before this stage. A build whose core stage lacks that column (a branch without that migration)
-- gets the tables without the keys and a notice, instead of a failed build.
DO $$
BEGIN
    IF EXISTS (
        SELECT 1 FROM pg_constraint k JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = ANY (k.conkey)
        WHERE k.conrelid = 'users'::regclass AND k.contype IN ('u', 'p') AND array_length(k.conkey, 1) = 1 AND a.attname = 'user_id'
    ) THEN
        ALTER TABLE emotions ADD CONSTRAINT emotions_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (user_id);
        ALTER TABLE facts ADD CONSTRAINT facts_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (user_id);
        ALTER TABLE relationships ADD CONSTRAINT relationships_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (user_id);
    ELSE
        RAISE NOTICE 'users.user_id has no unique key yet: emotions, facts and relationships are created without their keys to users';
    END IF;
END;
$$;
