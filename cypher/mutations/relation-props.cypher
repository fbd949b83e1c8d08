// A relationship's stored properties (hash and origin included), by id, type and ends.
MATCH (s:Node {id: $source})-[r:$($type)]->(t:Node {id: $target})
WHERE r.id = $id
RETURN properties(r) AS props
