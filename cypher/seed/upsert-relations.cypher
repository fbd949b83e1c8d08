// Both ends must exist (the validator guarantees it); MERGE walks from the bound source, so no relationship scan.
UNWIND $rows AS row
MATCH (s:Node {id: row.source}), (t:Node {id: row.target})
MERGE (s)-[r:$(row.type) {id: row.id}]->(t)
WITH r, row
WHERE r.origin IS NULL OR (r.origin = 'seed' AND r.hash <> row.hash)
SET r = row.props
RETURN count(r) AS written
