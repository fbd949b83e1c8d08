// Everything that depends on an entity: its relations (with the far end's kind), the statistics about it, and
// the facts that name it in a field ($refFields: the vocabulary's entity-id list fields).
MATCH (n:Entity {id: $id})
RETURN properties(n) AS props,
  COLLECT {
    MATCH (n)-[r]-(m)
    RETURN DISTINCT { id: r.id, type: type(r), source: startNode(r).id, target: endNode(r).id, other: m.id,
                      otherKind: m.kind }
  } AS relations,
  COLLECT { MATCH (s:Statistic {subjectId: $id}) RETURN { id: s.id, metric: s.metric } } AS statistics,
  COLLECT {
    MATCH (e:Entity)
    WHERE e.id <> $id
    WITH e, [k IN $refFields WHERE $id IN CASE WHEN e[k] IS :: LIST<ANY> THEN e[k] ELSE [] END] AS fields
    WHERE size(fields) > 0
    RETURN { id: e.id, kind: e.kind, fields: fields }
  } AS namedByEntities,
  COLLECT {
    MATCH (s:Statistic)
    WHERE $id IN CASE WHEN s.refs IS :: LIST<ANY> THEN s.refs ELSE [] END
    RETURN s.id
  } AS namedByStatistics,
  COLLECT {
    MATCH (d:Document)
    WHERE d.publisherId = $id OR d.authorId = $id
    RETURN { id: d.id, publisher: d.publisherId = $id, author: d.authorId = $id }
  } AS namedByDocuments
