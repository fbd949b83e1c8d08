UNWIND $rows AS row
MATCH (s:Node {id: row.source})-[r]->(t:Node {id: row.target})
WHERE r.id = row.id AND type(r) = row.type AND r.origin = 'seed'
DELETE r
RETURN count(*) AS deleted
