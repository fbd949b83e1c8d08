// One round trip for the relations of every entity on a request level (DataLoader batch), a keyset page each.
// First page: $afterType = '' and $afterId = ''. $allTypes says $types holds every type, which is the common case
// and the cheap one: the total then comes from the node's degree counters (every relationship joins two
// entities) instead of a walk over a hub's relationships, and no relationship's type needs a test. Types are
// tested with `type(r) IN $types`, not a dynamic `:$any($types)` pattern, which looks the type tokens up again
// for every relationship: on a 5,000-relation hub 180k db hits against 27k.
// $entityKeys and $relationKeys, when given, are the fields the request selects (as in explore/neighborhood):
// each edge is then [relation values, far end values] instead of two whole maps.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
WITH id, n, CASE
    WHEN NOT $allTypes THEN COUNT {
      (n)-[r]-()
      WHERE type(r) IN $types AND ($direction = 'BOTH' OR ($direction = 'OUTGOING') = (startNode(r) = n))
    }
    WHEN $direction = 'OUTGOING' THEN COUNT { (n)-->() }
    WHEN $direction = 'INCOMING' THEN COUNT { (n)<--() }
    ELSE COUNT { (n)--() }
  END AS total
CALL (n) {
  MATCH (n)-[r]-(m)
  WHERE ($allTypes OR type(r) IN $types)
    AND ($direction = 'BOTH' OR ($direction = 'OUTGOING') = (startNode(r) = n))
    AND (type(r) > $afterType OR (type(r) = $afterType AND r.id > $afterId))
  WITH r, m ORDER BY type(r), r.id LIMIT $limit
  RETURN collect(CASE WHEN $entityKeys IS NULL
    THEN {
      relation: r { .*, hash: null, type: type(r), sourceId: startNode(r).id, targetId: endNode(r).id },
      other: m { .*, searchText: null, aliasText: null, aliasKeys: null, hash: null, degree: COUNT { (m)--() } }
    }
    ELSE [
      [r.id, type(r), startNode(r).id, endNode(r).id] + [k IN $relationKeys | r[k]],
      [k IN $entityKeys | CASE k WHEN 'degree' THEN COUNT { (m)--() } ELSE m[k] END]
    ]
  END) AS edges
}
RETURN id, total, edges
