// The changes that concern one entity, newest first, keyset as in page.cypher. Which changes concern it is a
// list property no index answers, so the total reads every change; the page walks change_at newest first and
// stops at $limit matches.
CALL () {
  MATCH (c:Change)
  WHERE $entity IN c.entityIds
  RETURN count(c) AS total
}
CALL () {
  MATCH (c:Change)
  USING INDEX c:Change(at)
  WHERE c.at <= $afterAt
  WITH c
  WHERE $entity IN c.entityIds AND NOT (c.at = $afterAt AND c.id >= $afterId)
  WITH c ORDER BY c.at DESC, c.id DESC LIMIT $limit
  RETURN collect(c { .* }) AS changes
}
RETURN total, changes
