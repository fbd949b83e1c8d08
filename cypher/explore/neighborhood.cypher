// Breadth-first around one entity, up to 3 hops, in one round trip. Each hop keeps at most $cap new entities
// (best-connected first) and takes at most $perNode from any one frontier entity, so a hub cannot explode it.
// Hops beyond $depth, and hops after one that overflowed the cap (already truncated), see an empty frontier.
// Relations are those of the requested types among the kept entities.
// Types are tested with `type(r) IN $types` rather than a dynamic `:$any($types)` pattern: the latter looks each
// type token up again for every relationship (a dozen db hits each), the former reads the type from the record.
// $allTypes says $types holds every type, so no test is needed. Every relationship joins two entities, so the
// far ends need no label test.
MATCH (c:Entity {id: $id})
CALL (c) {
  MATCH (c)-[r]-(m)
  WHERE ($allTypes OR type(r) IN $types) AND m <> c
  WITH DISTINCT m
  WITH m, COUNT { (m)--() } AS d ORDER BY d DESC, m.id LIMIT $cap + 1
  RETURN collect(m) AS hop1
}
WITH c, hop1[..$cap] AS hop1, size(hop1) > $cap AS cut1
CALL (c, hop1, cut1) {
  UNWIND CASE WHEN $depth >= 2 AND NOT cut1 THEN hop1 ELSE [] END AS f
  CALL (f) {
    MATCH (f)-[r]-(m)
    WHERE $allTypes OR type(r) IN $types
    RETURN DISTINCT m LIMIT $perNode
  }
  WITH c, hop1, m WHERE m <> c AND NOT m IN hop1
  WITH DISTINCT m
  WITH m, COUNT { (m)--() } AS d ORDER BY d DESC, m.id LIMIT $cap + 1
  RETURN collect(m) AS hop2
}
WITH c, hop1, cut1, hop2[..$cap - size(hop1)] AS hop2, size(hop2) > $cap - size(hop1) AS cut2
CALL (c, hop1, hop2, cut1, cut2) {
  UNWIND CASE WHEN $depth >= 3 AND NOT (cut1 OR cut2) THEN hop2 ELSE [] END AS f
  CALL (f) {
    MATCH (f)-[r]-(m)
    WHERE $allTypes OR type(r) IN $types
    RETURN DISTINCT m LIMIT $perNode
  }
  WITH c, hop1, hop2, m WHERE m <> c AND NOT m IN hop1 AND NOT m IN hop2
  WITH DISTINCT m
  WITH m, COUNT { (m)--() } AS d ORDER BY d DESC, m.id LIMIT $cap + 1
  RETURN collect(m) AS hop3
}
WITH c, hop1, hop2, hop3[..$cap - size(hop1) - size(hop2)] AS hop3,
     cut1 OR cut2 OR size(hop3) > $cap - size(hop1) - size(hop2) AS truncated
WITH [c] + hop1 + hop2 + hop3 AS nodes, truncated
CALL (nodes) {
  UNWIND nodes AS a
  MATCH (a)-[r]->(b)
  WHERE b IN nodes AND ($allTypes OR type(r) IN $types)
  RETURN collect(r { .*, hash: null, type: type(r), sourceId: a.id, targetId: b.id }) AS relations
}
RETURN [n IN nodes | n { .*, searchText: null, aliasText: null, aliasKeys: null, hash: null, degree: COUNT { (n)--() } }] AS nodes,
       relations, truncated
