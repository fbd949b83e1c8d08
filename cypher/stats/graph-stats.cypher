// Counts per label come from the count store; per kind and per type are grouped counts.
CALL () { MATCH (e:Entity) RETURN count(e) AS entities }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relations }
CALL () { MATCH (s:Statistic) RETURN count(s) AS statistics }
CALL () { MATCH (c:Citation) RETURN count(c) AS citations }
CALL () { MATCH (e:Entity) WITH e.kind AS kind, count(*) AS count ORDER BY kind RETURN collect({ kind: kind, count: count }) AS byKind }
CALL () { MATCH ()-[r]->() WITH type(r) AS type, count(*) AS count ORDER BY type RETURN collect({ type: type, count: count }) AS byRelationType }
CALL () { OPTIONAL MATCH (m:Dataset {key: 'default'}) RETURN coalesce(m.version, 'empty') AS datasetVersion }
RETURN entities, relations, statistics, citations, byKind, byRelationType, datasetVersion
