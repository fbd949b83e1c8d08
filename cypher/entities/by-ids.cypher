// Batched by DataLoader: one round trip for every entity a request level needs. Seeks the entity_id constraint.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n { .*, searchText: null, aliasText: null, aliasKeys: null, hash: null, degree: COUNT { (n)--() } } AS entity
