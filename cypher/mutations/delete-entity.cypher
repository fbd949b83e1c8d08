// The entity and, through DETACH, every relationship it takes part in.
MATCH (n:Entity {id: $id})
DETACH DELETE n
RETURN count(*) AS deleted
