// The audit trail's constraint and index, and the API write lock's (IF NOT EXISTS: re-running is a no-op).
CREATE CONSTRAINT change_id IF NOT EXISTS FOR (c:Change) REQUIRE c.id IS UNIQUE;
CREATE INDEX change_at IF NOT EXISTS FOR (c:Change) ON (c.at);
// Unique, so two first writes racing to create the lock node wait for each other instead of making two.
CREATE CONSTRAINT write_lock_key IF NOT EXISTS FOR (l:WriteLock) REQUIRE l.key IS UNIQUE;
