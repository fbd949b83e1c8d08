MATCH (n:Node)
WHERE n.origin = 'seed'
RETURN n.id AS id
