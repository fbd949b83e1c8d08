// Keyset page of some kinds: a seek on entity_kind_name (kind, sortName) from the cursor, then the optional
// filters. First page: $afterKey = '' and $afterId = ''.
MATCH (n:Entity)
USING INDEX n:Entity(kind, sortName)
WHERE n.kind IN $kinds AND n.sortName >= $afterKey
WITH n
WHERE NOT (n.sortName = $afterKey AND n.id <= $afterId)
  AND ($ids IS NULL OR n.id IN $ids)
  AND ($categories IS NULL OR n.category IN $categories)
  AND ($prefix IS NULL OR any(a IN n.aliasKeys WHERE a STARTS WITH $prefix))
  AND ($minDegree IS NULL OR COUNT { (n)--() } >= $minDegree)
WITH n ORDER BY n.sortName, n.id LIMIT $limit
RETURN n { .*, searchText: null, aliasText: null, aliasKeys: null, hash: null, degree: COUNT { (n)--() } } AS entity
