// Kinds of the entities an entry names, for the validation context (one constraint seek each).
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n.id AS id, n.kind AS kind
