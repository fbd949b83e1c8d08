// Statistics by id.
UNWIND $ids AS id
MATCH (s:Statistic {id: id})
DETACH DELETE s
RETURN count(*) AS deleted
