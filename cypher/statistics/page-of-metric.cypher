// Keyset page, on id, of the statistics of one metric (a seek on statistic_metric).
CALL () {
  MATCH (s:Statistic {metric: $metric})
  RETURN count(s) AS total
}
CALL () {
  MATCH (s:Statistic {metric: $metric})
  WHERE s.id > $afterId
  WITH s ORDER BY s.id LIMIT $limit
  RETURN collect(s { .*, hash: null }) AS statistics
}
RETURN total, statistics
