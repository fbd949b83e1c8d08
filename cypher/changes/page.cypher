// The audit trail, newest first, keyset on (at, id); with $entity only the changes that concern it.
// First page: $afterAt = null.
CALL () {
  MATCH (c:Change)
  WHERE $entity IS NULL OR $entity IN c.entityIds
  RETURN count(c) AS total
}
CALL () {
  MATCH (c:Change)
  WHERE ($entity IS NULL OR $entity IN c.entityIds)
    AND ($afterAt IS NULL OR c.at < $afterAt OR (c.at = $afterAt AND c.id < $afterId))
  WITH c ORDER BY c.at DESC, c.id DESC LIMIT $limit
  RETURN collect(c { .* }) AS changes
}
RETURN total, changes
