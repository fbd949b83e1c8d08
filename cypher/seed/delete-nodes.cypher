// Only seed-made nodes: an API edit survives a prune.
UNWIND $ids AS id
MATCH (n:Node {id: id})
WHERE n.origin = 'seed'
DETACH DELETE n
RETURN count(*) AS deleted
