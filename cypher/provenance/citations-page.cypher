CALL () {
  MATCH (c:Citation)
  RETURN count(c) AS total
}
CALL () {
  MATCH (c:Citation)
  WHERE c.id > $afterId
  WITH c ORDER BY c.id LIMIT $limit
  RETURN collect(c { .*, hash: null }) AS citations
}
RETURN total, citations
