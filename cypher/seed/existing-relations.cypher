// Seed-made relationships as stored, to find the ones an edit moved (other type or ends) or a prune removes.
MATCH (s:Node)-[r]->(t:Node)
WHERE r.origin = 'seed'
RETURN r.id AS id, type(r) AS type, s.id AS source, t.id AS target
