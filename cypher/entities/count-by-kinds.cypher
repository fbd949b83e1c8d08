// totalCount of some kinds: a seek per kind on entity_kind_sort (every entity has a sortName), then the optional
// filters. Without `n.sortName IS NOT NULL` the planner cannot use the composite index and reads every entity.
UNWIND $kinds AS kind
CALL (kind) {
  MATCH (n:Entity)
  WHERE n.kind = kind AND n.sortName IS NOT NULL
    AND ($ids IS NULL OR n.id IN $ids)
    AND ($categories IS NULL OR n.category IN $categories)
    AND ($prefix IS NULL OR any(a IN n.aliasKeys WHERE a STARTS WITH $prefix))
    AND ($minDegree IS NULL OR COUNT { (n)--() } >= $minDegree)
  RETURN count(n) AS total
}
RETURN sum(total) AS total
