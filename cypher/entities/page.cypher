// Keyset page over all entities in (sortName, id) order: an ordered range seek on entity_name from the cursor.
// First page: $afterKey = '' and $afterId = ''. The keyset test is written without OR and the optional filters
// after the seek, so the planner keeps one ordered seek instead of a union of scans.
MATCH (n:Entity)
USING INDEX n:Entity(sortName)
WHERE n.sortName >= $afterKey
WITH n
WHERE NOT (n.sortName = $afterKey AND n.id <= $afterId)
  AND ($ids IS NULL OR n.id IN $ids)
  AND ($categories IS NULL OR n.category IN $categories)
  AND ($prefix IS NULL OR any(a IN n.aliasKeys WHERE a STARTS WITH $prefix))
  AND ($minDegree IS NULL OR COUNT { (n)--() } >= $minDegree)
WITH n ORDER BY n.sortName, n.id LIMIT $limit
RETURN n { .*, searchText: null, aliasText: null, aliasKeys: null, hash: null, degree: COUNT { (n)--() } } AS entity
