// Citations of entities, relations or statistics by subject id (citation_subject index).
UNWIND $ids AS id
MATCH (c:Citation {subjectId: id})
WITH id, c ORDER BY c.documentId, c.start
RETURN id, collect(c { .*, hash: null }) AS citations
