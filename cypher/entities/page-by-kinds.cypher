// Keyset page of some kinds in (sortName, id) order. Each kind is an ordered seek on entity_kind_sort
// (kind, sortName) from the cursor, stopped after $limit matches: ordering by n.kind first is what lets the
// planner keep the index order (a PartialTop) instead of sorting the whole kind (on 34k Organizations, 372 db hits
// against 68,702). The kinds' pages are then merged. First page: $afterKey = '' and $afterId = ''.
UNWIND $kinds AS kind
CALL (kind) {
  MATCH (n:Entity)
  WHERE n.kind = kind AND n.sortName >= $afterKey
    AND NOT (n.sortName = $afterKey AND n.id <= $afterId)
    AND ($ids IS NULL OR n.id IN $ids)
    AND ($categories IS NULL OR n.category IN $categories)
    AND ($prefix IS NULL OR any(a IN n.aliasKeys WHERE a STARTS WITH $prefix))
    AND ($minDegree IS NULL OR COUNT { (n)--() } >= $minDegree)
  WITH n ORDER BY n.kind, n.sortName, n.id LIMIT $limit
  RETURN n
}
WITH n ORDER BY n.sortName, n.id LIMIT $limit
RETURN n { .*, searchText: null, aliasText: null, aliasKeys: null, hash: null, degree: COUNT { (n)--() } } AS entity
