// The audit trail, newest first, keyset on (at, id): an ordered seek on change_at, stopped after $limit, and the
// total from the count store. First page: $afterAt = '\uffff' (after every timestamp) and $afterId = ''. Written
// with the old `$afterAt IS NULL OR c.at < $afterAt OR …` test, the page sorted and the total counted every
// change. With an entity the service sends page-of-entity.
CALL () {
  RETURN COUNT { (:Change) } AS total
}
CALL () {
  MATCH (c:Change)
  USING INDEX c:Change(at)
  WHERE c.at <= $afterAt
  WITH c
  WHERE NOT (c.at = $afterAt AND c.id >= $afterId)
  WITH c ORDER BY c.at DESC, c.id DESC LIMIT $limit
  RETURN collect(c { .* }) AS changes
}
RETURN total, changes
