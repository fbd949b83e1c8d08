// totalCount, only when asked for. Unfiltered, the count store answers; by kind, the kind index does.
MATCH (n:Entity)
WHERE ($kinds IS NULL OR n.kind IN $kinds)
  AND ($ids IS NULL OR n.id IN $ids)
  AND ($categories IS NULL OR n.category IN $categories)
  AND ($prefix IS NULL OR any(a IN n.aliasKeys WHERE a STARTS WITH $prefix))
  AND ($minDegree IS NULL OR COUNT { (n)--() } >= $minDegree)
RETURN count(n) AS total
