// Keyset page of every statistic, on id: an ordered seek on the statistic_id constraint from the cursor, and the
// total from the count store. With a subject or a metric the service sends page-of-subject or page-of-metric,
// whose equality each seeks its index: a filter written `$subject IS NULL OR s.subjectId = $subject` seeks
// nothing and read all 20k statistics of the 1M bench graph, twice.
CALL () {
  RETURN COUNT { (:Statistic) } AS total
}
CALL () {
  MATCH (s:Statistic)
  WHERE s.id > $afterId
  WITH s ORDER BY s.id LIMIT $limit
  RETURN collect(s { .*, hash: null }) AS statistics
}
RETURN total, statistics
