// Shortest ways between two entities, shortest first. Every relationship in the graph joins two entities, so no
// path runs through a document, citation or statistic. The pattern's bounds must be literals: 6 is the API's
// maxHops ceiling and 10 its `first` ceiling; the parameters narrow both.
MATCH p = SHORTEST 10 (a:Entity {id: $from})-[:$any($types)]-{1,6}(b:Entity {id: $to})
WHERE length(p) <= $maxHops
WITH p ORDER BY length(p) LIMIT $first
RETURN [n IN nodes(p) | n { .*, searchText: null, aliasText: null, aliasKeys: null, hash: null, degree: COUNT { (n)--() } }] AS nodes,
       [r IN relationships(p) | r { .*, hash: null, type: type(r), sourceId: startNode(r).id, targetId: endNode(r).id }] AS relations
