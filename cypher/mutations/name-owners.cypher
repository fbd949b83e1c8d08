// Other entities that may answer to one of the names: their search keys hold each of their names' compact key,
// so containing ours is necessary for a clash. The caller decides by the validator's own name key.
MATCH (n:Entity)
WHERE n.id <> $id AND any(k IN $keys WHERE n.searchText CONTAINS k)
RETURN n.id AS id, n.name AS name, n.fullName AS fullName, n.nameEn AS nameEn, coalesce(n.aliases, []) AS aliases
