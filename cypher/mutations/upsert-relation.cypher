// One relation written by the API (relationRow, origin 'api'); both ends were checked in this transaction.
// MERGE walks from the bound source, as the seed loader's does.
MATCH (s:Entity {id: $row.source}), (t:Entity {id: $row.target})
MERGE (s)-[r:$($row.type) {id: $row.id}]->(t)
SET r = $row.props, r.updatedBy = $actor, r.updatedAt = $at
RETURN r.id AS id
