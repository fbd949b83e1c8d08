// node(id:) for entities, statistics and documents through the shared :Node constraint. Citations are not
// Relay nodes (they are reached through what they cite).
UNWIND $ids AS id
MATCH (n:Node {id: id})
WHERE NOT n:Citation
RETURN id, labels(n) AS labels,
       n { .*, searchText: null, aliasText: null, aliasKeys: null, hash: null, text: null, degree: COUNT { (n)--() } } AS node
