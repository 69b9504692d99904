-- Advanced stage: conversations and memory_entries take production's keys to users(user_id) in place of the keys to
-- universal_users(universal_id) that 050 and 040 gave them. Production's application writes a users row, never a
-- universal_users row, before these rows, so both keys cannot hold for its rows: production's wins (docs/schema.md).
-- A user these rows name that users lacks is created first, named by its id, so no row is refused.
INSERT INTO users (user_id, username)
SELECT DISTINCT r.user_id,
       CASE WHEN EXISTS (SELECT 1 FROM users taken WHERE taken.username = r.user_id) THEN 'user ' || r.user_id ELSE r.user_id END
  FROM (SELECT user_id FROM conversations UNION SELECT user_id FROM memory_entries) r
 WHERE NOT EXISTS (SELECT 1 FROM users u WHERE u.user_id = r.user_id);

ALTER TABLE conversations DROP CONSTRAINT conversations_user_id_fkey;
ALTER TABLE conversations ADD CONSTRAINT conversations_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (user_id) ON DELETE CASCADE;
ALTER TABLE memory_entries DROP CONSTRAINT memory_entries_user_id_fkey;
ALTER TABLE memory_entries ADD CONSTRAINT memory_entries_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (user_id);
