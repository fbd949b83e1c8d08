// Keyset page over all entities in (sortName, id) order: a range seek on entity_name from the cursor, in index order.
// First page: $afterKey = '' and $afterId = ''. The keyset test is written without OR so the planner keeps one
// ordered seek instead of a union of two.
CALL () {
  MATCH (n:Entity)
  WHERE n.sortName >= ''
    AND ($ids IS NULL OR n.id IN $ids)
    AND ($categories IS NULL OR n.category IN $categories)
    AND ($prefix IS NULL OR any(a IN n.aliasKeys WHERE a STARTS WITH $prefix))
    AND ($minDegree IS NULL OR COUNT { (n)--() } >= $minDegree)
  RETURN count(n) AS total
}
CALL () {
  MATCH (n:Entity)
  WHERE n.sortName >= $afterKey
    AND NOT (n.sortName = $afterKey AND n.id <= $afterId)
    AND ($ids IS NULL OR n.id IN $ids)
    AND ($categories IS NULL OR n.category IN $categories)
    AND ($prefix IS NULL OR any(a IN n.aliasKeys WHERE a STARTS WITH $prefix))
    AND ($minDegree IS NULL OR COUNT { (n)--() } >= $minDegree)
  WITH n ORDER BY n.sortName, n.id LIMIT $limit
  RETURN collect(n { .*, searchText: null, aliasText: null, aliasKeys: null, hash: null, degree: COUNT { (n)--() } }) AS entities
}
RETURN total, entities
