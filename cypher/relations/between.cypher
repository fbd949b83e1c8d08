// Both ends by constraint seek; expands from the first only.
MATCH (a:Entity {id: $a})-[r]-(b:Entity {id: $b})
RETURN DISTINCT r { .*, hash: null, type: type(r), sourceId: startNode(r).id, targetId: endNode(r).id } AS relation
ORDER BY relation.type, relation.id
