// Texts are returned only when asked for (documents can be large).
MATCH (d:Document)
WHERE $ids IS NULL OR d.id IN $ids
RETURN d { .*, hash: null, text: CASE WHEN $withText THEN d.text ELSE null END } AS document
ORDER BY d.id
