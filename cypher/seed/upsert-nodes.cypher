// Documents, statistics and citations: same contract as entities, a fixed label per call.
UNWIND $rows AS row
MERGE (n:Node {id: row.id})
WITH n, row
WHERE n.origin IS NULL OR (n.origin = 'seed' AND n.hash <> row.hash)
SET n = row.props, n:$($label)
RETURN count(n) AS written
