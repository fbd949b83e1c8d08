// Idempotent: a row whose content hash is unchanged writes nothing; an API edit (origin 'api') is never overwritten.
UNWIND $rows AS row
MERGE (n:Node {id: row.id})
WITH n, row
WHERE n.origin IS NULL OR (n.origin = 'seed' AND n.hash <> row.hash)
CALL (n) {
  WITH n WHERE n.kind IS NOT NULL
  REMOVE n:$(n.kind)
}
SET n = row.props, n:Entity:$(row.props.kind)
RETURN count(n) AS written
