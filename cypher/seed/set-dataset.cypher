MERGE (m:Dataset {key: 'default'})
WITH m WHERE m.version IS NULL OR m.version <> $version
SET m.version = $version, m.loadedAt = $loadedAt
RETURN m.version AS version
