// Keyset on id. The subject and metric filters seek their indexes when given.
CALL () {
  MATCH (s:Statistic)
  WHERE ($subject IS NULL OR s.subjectId = $subject) AND ($metric IS NULL OR s.metric = $metric)
  RETURN count(s) AS total
}
CALL () {
  MATCH (s:Statistic)
  WHERE ($subject IS NULL OR s.subjectId = $subject) AND ($metric IS NULL OR s.metric = $metric)
    AND s.id > $afterId
  WITH s ORDER BY s.id LIMIT $limit
  RETURN collect(s { .*, hash: null }) AS statistics
}
RETURN total, statistics
