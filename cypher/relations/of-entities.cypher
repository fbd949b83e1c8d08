// One round trip for the relations of every entity on a request level (DataLoader batch), a keyset page each.
// Dynamic types ($any) expand only the requested types' relationship chains, so a hub is not scanned whole.
// First page: $afterType = '' and $afterId = ''.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (n)-[r:$any($types)]-(:Entity)
  WHERE $direction = 'BOTH' OR ($direction = 'OUTGOING') = (startNode(r) = n)
  RETURN count(r) AS total
}
CALL (n) {
  MATCH (n)-[r:$any($types)]-(m:Entity)
  WHERE ($direction = 'BOTH' OR ($direction = 'OUTGOING') = (startNode(r) = n))
    AND (type(r) > $afterType OR (type(r) = $afterType AND r.id > $afterId))
  WITH r, m ORDER BY type(r), r.id LIMIT $limit
  RETURN collect({
    relation: r { .*, hash: null, type: type(r), sourceId: startNode(r).id, targetId: endNode(r).id },
    other: m { .*, searchText: null, aliasText: null, aliasKeys: null, hash: null, degree: COUNT { (m)--() } }
  }) AS edges
}
RETURN id, total, edges
