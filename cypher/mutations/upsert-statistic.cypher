// One statistic written by the API (statisticRow, origin 'api').
MERGE (n:Node {id: $row.id})
SET n = $row.props, n:Statistic, n.updatedBy = $actor, n.updatedAt = $at
RETURN n.id AS id
