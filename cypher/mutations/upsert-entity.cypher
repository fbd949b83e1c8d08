// One entity written by the API: its properties replaced by the row (entityRow, origin 'api'), its kind label
// moved when the kind changed, and who and when stamped next to them.
MERGE (n:Node {id: $row.id})
WITH n
CALL (n) {
  WITH n WHERE n.kind IS NOT NULL AND n.kind <> $row.props.kind
  REMOVE n:$(n.kind)
}
SET n = $row.props, n:Entity:$($row.props.kind), n.updatedBy = $actor, n.updatedAt = $at
RETURN n.id AS id
