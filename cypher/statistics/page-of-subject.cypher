// Keyset page, on id, of the statistics about one entity (a seek on statistic_subject), of one metric when
// $metric is given; an entity has a few, so sorting them is cheap.
CALL () {
  MATCH (s:Statistic {subjectId: $subject})
  WHERE $metric IS NULL OR s.metric = $metric
  RETURN count(s) AS total
}
CALL () {
  MATCH (s:Statistic {subjectId: $subject})
  WHERE ($metric IS NULL OR s.metric = $metric) AND s.id > $afterId
  WITH s ORDER BY s.id LIMIT $limit
  RETURN collect(s { .*, hash: null }) AS statistics
}
RETURN total, statistics
