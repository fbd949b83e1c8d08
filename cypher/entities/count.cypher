// totalCount with filters but no kinds (entities/count-by-kinds and count-all cover the others): every entity
// is read, which is why the total is computed only when a client asks for it.
MATCH (n:Entity)
WHERE ($ids IS NULL OR n.id IN $ids)
  AND ($categories IS NULL OR n.category IN $categories)
  AND ($prefix IS NULL OR any(a IN n.aliasKeys WHERE a STARTS WITH $prefix))
  AND ($minDegree IS NULL OR COUNT { (n)--() } >= $minDegree)
RETURN count(n) AS total
