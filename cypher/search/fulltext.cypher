// Candidates from the full-text index; the service ranks them (exact name first) and fills `matched`.
CALL db.index.fulltext.queryNodes('entity_search', $lucene, { limit: $candidates })
YIELD node, score
WHERE $kinds IS NULL OR node.kind IN $kinds
RETURN node { .*, searchText: null, aliasText: null, hash: null, degree: COUNT { (node)--() } } AS entity, score
LIMIT $candidates
