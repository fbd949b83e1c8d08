// Every citation of the given subjects (citation_subject index): nothing removed leaves a quote behind.
MATCH (c:Citation)
WHERE c.subjectId IN $ids
DETACH DELETE c
RETURN count(*) AS deleted
