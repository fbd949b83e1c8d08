// What an id names among nodes (entity, statistic, document, citation), with its stored properties.
MATCH (n:Node {id: $id})
RETURN labels(n) AS labels, properties(n) AS props
