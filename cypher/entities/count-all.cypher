// totalCount with no filter: the count store answers without reading an entity.
MATCH (n:Entity)
RETURN count(n) AS total
