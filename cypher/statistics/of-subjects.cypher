UNWIND $ids AS id
MATCH (s:Statistic {subjectId: id})
WITH id, s ORDER BY s.id
RETURN id, collect(s { .*, hash: null }) AS statistics
