// Breadth-first around one entity, up to 3 hops, in one round trip. Each hop keeps at most $cap new entities,
// best-connected first among the relations it walked: at most $centreWalk of the centre's, at most $perNode of
// any one frontier entity's, so a hub cannot explode it. Ranking all 5,209 neighbours of the 1M graph's hub cost
// 30.3 ms against 10.0 ms for its first 400. `truncated` says a cap stopped a walk or overflowed a hop. Hops beyond
// $depth, and hops after one that overflowed the cap (the answer is full), see an empty frontier.
// The relations are the ones the expansion walked whose two ends were both kept: every kept entity arrives with
// the relation that reached it, and links among kept entities come along when a walk crossed them. Searching
// the links among all kept entities instead would read every relationship of every kept entity, and the kept
// ones are the best connected: on a 1M-relation graph 66k db hits and 1,793 relations for a median entity
// (164k and 6,695 for a hub) against 7k and 213 (21k and 370).
// $entityKeys and $relationKeys, when given, are the fields the request selects: each entity then comes back
// as the list of those values (`degree` counted), each relation as [id, type, sourceId, targetId] and those
// values. Two hundred whole entities are about 100 kB that the driver must decode, three times the cost of the
// walk itself; null keys return whole maps.
// Types are tested with `type(r) IN $types` rather than a dynamic `:$any($types)` pattern, which looks the type
// tokens up again for every relationship; $allTypes says every type is asked for, so no test is needed (and $types
// is sent empty). Every relationship joins two entities, so the far ends need no label test.
MATCH (c:Entity {id: $id})
CALL (c) {
  MATCH (c)-[r]-(m)
  WHERE ($allTypes OR type(r) IN $types) AND m <> c
  WITH r, m LIMIT $centreWalk + 1
  WITH collect({r: r, m: m}) AS rows
  UNWIND rows[..$centreWalk] AS row
  WITH row.m AS m, collect(row.r) AS rs, size(rows) > $centreWalk AS stopped
  WITH m, rs, stopped, COUNT { (m)--() } AS d ORDER BY d DESC, m.id LIMIT $cap + 1
  RETURN collect(m) AS hop1, reduce(all = [], x IN collect(rs) | all + x) AS walked1, any(x IN collect(stopped) WHERE x) AS stopped1
}
WITH c, hop1[..$cap] AS hop1, size(hop1) > $cap AS cut1, walked1, stopped1
CALL (c, hop1, cut1) {
  UNWIND CASE WHEN $depth >= 2 AND NOT cut1 THEN hop1 ELSE [] END AS f
  CALL (f) {
    MATCH (f)-[r]-(m)
    WHERE $allTypes OR type(r) IN $types
    WITH r, m LIMIT $perNode + 1
    WITH collect({r: r, m: m}) AS rows
    UNWIND rows[..$perNode] AS row
    RETURN row.r AS r, row.m AS m, size(rows) > $perNode AS stopped
  }
  WITH collect(r) AS walked, collect(CASE WHEN m <> c AND NOT m IN hop1 THEN m END) AS found,
       any(x IN collect(stopped) WHERE x) AS stopped
  CALL (found) {
    UNWIND found AS m
    WITH DISTINCT m
    WITH m, COUNT { (m)--() } AS d ORDER BY d DESC, m.id LIMIT $cap + 1
    RETURN collect(m) AS hop2
  }
  RETURN hop2, walked AS walked2, stopped AS stopped2
}
WITH c, hop1, cut1, hop2[..$cap - size(hop1)] AS hop2, size(hop2) > $cap - size(hop1) AS cut2,
     walked1 + walked2 AS walked, stopped1 OR stopped2 AS stopped
CALL (c, hop1, hop2, cut1, cut2) {
  UNWIND CASE WHEN $depth >= 3 AND NOT (cut1 OR cut2) THEN hop2 ELSE [] END AS f
  CALL (f) {
    MATCH (f)-[r]-(m)
    WHERE $allTypes OR type(r) IN $types
    WITH r, m LIMIT $perNode + 1
    WITH collect({r: r, m: m}) AS rows
    UNWIND rows[..$perNode] AS row
    RETURN row.r AS r, row.m AS m, size(rows) > $perNode AS stopped
  }
  WITH collect(r) AS walked, collect(CASE WHEN m <> c AND NOT m IN hop1 AND NOT m IN hop2 THEN m END) AS found,
       any(x IN collect(stopped) WHERE x) AS stopped
  CALL (found) {
    UNWIND found AS m
    WITH DISTINCT m
    WITH m, COUNT { (m)--() } AS d ORDER BY d DESC, m.id LIMIT $cap + 1
    RETURN collect(m) AS hop3
  }
  RETURN hop3, walked AS walked3, stopped AS stopped3
}
WITH c, hop1, hop2, hop3[..$cap - size(hop1) - size(hop2)] AS hop3, walked + walked3 AS walked,
     cut1 OR cut2 OR size(hop3) > $cap - size(hop1) - size(hop2) OR stopped OR stopped3 AS truncated
WITH [c] + hop1 + hop2 + hop3 AS nodes, truncated, walked
CALL (nodes, walked) {
  UNWIND walked AS r
  WITH DISTINCT r
  WITH r, startNode(r) AS a, endNode(r) AS b
  WHERE a IN nodes AND b IN nodes
  RETURN collect(CASE WHEN $relationKeys IS NULL
    THEN r { .*, hash: null, type: type(r), sourceId: a.id, targetId: b.id }
    ELSE [r.id, type(r), a.id, b.id] + [k IN $relationKeys | r[k]]
  END) AS relations
}
RETURN CASE WHEN $entityKeys IS NULL
         THEN [n IN nodes | n { .*, searchText: null, aliasText: null, aliasKeys: null, hash: null, degree: COUNT { (n)--() } }]
         ELSE [n IN nodes | [k IN $entityKeys | CASE k WHEN 'degree' THEN COUNT { (n)--() } ELSE n[k] END]]
       END AS nodes, relations, truncated
