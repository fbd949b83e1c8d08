/**
 * Type definitions for @neo4j/graphql over the same labels, properties and relationship types the service uses,
 * written the way its users write them: one node type with its properties, a relationship field per relationship
 * type and direction, the generated filters, sorting, connections and full-text query. `@cypher` appears only
 * where the library has no feature: a degree over every relationship type, a page of relations of any type,
 * the capped breadth-first neighbourhood and shortest paths.
 */
import { cypher } from '../../src/db/cypher.js';
import { RELATION_TYPE_NAMES } from '../../src/graph/vocabulary.js';

const camel = (type: string) => type.toLowerCase().replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());

/** The service's statement with its parameters renamed to the field's arguments. */
function statement(name: string, rename: Record<string, string> = {}): string {
  let text = cypher(name)
    .text.split('\n')
    .filter((l) => !l.trim().startsWith('//'))
    .join('\n');
  for (const [from, to] of Object.entries(rename)) text = text.replaceAll(`$${from}`, `$${to}`);
  return text.replaceAll('"""', '');
}

const ENTITY_PROJECTION = 'n { .id, .kind, .name, .nameEn, degree: COUNT { (n)--() } }';

export function neo4jGraphqlTypeDefs(): string {
  const relationshipFields = RELATION_TYPE_NAMES.flatMap((t) => [
    `  ${camel(t)}: [Entity!]! @relationship(type: "${t}", direction: OUT, properties: "RelationProperties")`,
    `  ${camel(t)}In: [Entity!]! @relationship(type: "${t}", direction: IN, properties: "RelationProperties")`,
  ]).join('\n');
  // Every type by default, as the service does when no types are asked for.
  const types = `[${RELATION_TYPE_NAMES.map((t) => `"${t}"`).join(', ')}]`;
  const relationPage = `
    MATCH (this)-[r]-(m:Entity)
    WITH r, m ORDER BY type(r), r.id LIMIT $first
    RETURN {
      id: r.id, type: type(r), modality: r.modality, when: r.when,
      direction: CASE WHEN startNode(r) = this THEN 'OUTGOING' ELSE 'INCOMING' END,
      otherId: m.id, otherKind: m.kind, otherName: m.name, otherDegree: COUNT { (m)--() }
    } AS edge`;
  // The walk without the final projection; relations come as whole maps, projected below as its users would.
  const neighborhood = statement('explore/neighborhood')
    .replace(/RETURN CASE WHEN \$entityKeys[\s\S]*$/, '')
    .replace(/CASE WHEN \$relationKeys IS NULL\s+THEN ([^\n]*)\n[\s\S]*?END\)/, '$1)')
    .trimEnd();
  // A quantifier's bounds and SHORTEST's count must be literals, so an @cypher field fixes both: the workloads'
  // maxHops (4) and the default count (3), the statement the service runs for them.
  const paths = statement('generated/paths-hops-4-shortest-3')
    .replace(/RETURN CASE WHEN \$entityKeys[\s\S]*$/, '')
    .trimEnd();
  return `
type RelationProperties @relationshipProperties {
  id: ID!
  when: String
  modality: String!
  note: String
}

type Entity
  @node(labels: ["Entity"])
  @fulltext(indexes: [{ indexName: "entity_search", queryName: "entitySearch", fields: ["name", "nameEn", "aliasText", "searchText"] }]) {
  id: ID!
  kind: String!
  category: String
  subtype: String
  name: String!
  fullName: String
  nameEn: String
  aliases: [String!]!
  description: String
  sortName: String!
  aliasText: String
  searchText: String
  origin: String
  degree: Int! @cypher(statement: "RETURN COUNT { (this)--() } AS degree", columnName: "degree")
  relationCount: Int! @cypher(statement: "RETURN COUNT { (this)-[]-(:Entity) } AS total", columnName: "total")
  relationPage(first: Int = 20): [RelationEdge!]! @cypher(statement: """${relationPage}""", columnName: "edge")
${relationshipFields}
}

type RelationEdge {
  id: ID!
  type: String!
  modality: String!
  when: String
  direction: String!
  otherId: ID!
  otherKind: String!
  otherName: String!
  otherDegree: Int!
}

type SubgraphNode {
  id: ID!
  kind: String!
  name: String!
  nameEn: String
  degree: Int!
}

type SubgraphRelation {
  id: ID!
  type: String!
  sourceId: ID!
  targetId: ID!
}

type Subgraph {
  nodes: [SubgraphNode!]!
  relations: [SubgraphRelation!]!
  truncated: Boolean!
}

type Path {
  nodes: [SubgraphNode!]!
  relations: [SubgraphRelation!]!
}

type Query {
  neighborhood(id: ID!, depth: Int = 1, limit: Int = 200, types: [String!]! = ${types}): Subgraph
    @cypher(
      statement: """
      ${neighborhood
        .replaceAll('$cap', '($limit - 1)')
        .replaceAll('$perNode', '($limit / 2)')
        .replaceAll('$centreWalk', '(2 * $limit)')
        .replaceAll('$allTypes', `(size($types) = ${RELATION_TYPE_NAMES.length})`)}
      RETURN {
        nodes: [n IN nodes | ${ENTITY_PROJECTION}],
        relations: [r IN relations | r { .id, .type, .sourceId, .targetId }],
        truncated: truncated
      } AS subgraph
      """
      columnName: "subgraph"
    )
  paths(from: ID!, to: ID!, first: Int = 3): [Path!]!
    @cypher(
      statement: """
      ${paths}
      RETURN {
        nodes: [n IN ns | ${ENTITY_PROJECTION}],
        relations: [r IN rs | { id: r.id, type: type(r), sourceId: startNode(r).id, targetId: endNode(r).id }]
      } AS path
      """
      columnName: "path"
    )
}
`;
}
