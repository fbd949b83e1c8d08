// One relationship by id, type and ends (read in the same transaction), expanded from its bound source.
MATCH (s:Node {id: $source})-[r:$($type)]->(t:Node {id: $target})
WHERE r.id = $id
DELETE r
RETURN count(*) AS deleted
