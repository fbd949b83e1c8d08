/**
 * The parameters the service sends for the workloads' heaviest statements, shared by the raw floor (which must
 * run the same Cypher with the same parameters) and `profile-cypher.ts`. The field lists are what the
 * workloads' GraphQL requests select, projected as the service projects them.
 */
import neo4j from 'neo4j-driver';
import { centreWalk, perNode } from '../src/services/explore.js';
import { projection } from '../src/services/projection.js';

/** Every type is asked for, so, as the service does, none is listed ($allTypes). */
const types: string[] = [];

/** Entity workload: `relations(first: 20) { edges { node { id type modality when } other { id kind name degree } } }`. */
export const ENTITY_PAGE_FIELDS = projection(
  ['id', 'kind', 'name', 'degree'],
  ['id', 'type', 'modality', 'when'],
);

/** Neighbourhood workload: `nodes { id kind name nameEn degree } relations { id type source { id } target { id } }`. */
export const NEIGHBORHOOD_FIELDS = projection(
  ['id', 'kind', 'name', 'nameEn', 'degree'],
  ['id', 'type', 'source', 'target'],
);

/** Paths workload: `nodes { id kind name degree } relations { id type source { id } target { id } }`. */
export const PATHS_FIELDS = projection(['id', 'kind', 'name', 'degree'], ['id', 'type', 'source', 'target']);

/** `generated/relations-of-entities`: the first 20 relations of one entity, every type. */
export const relationPageParams = (id: string) => ({
  ids: [id],
  types,
  allTypes: true,
  direction: 'BOTH',
  afterType: '',
  afterId: '',
  limit: neo4j.int(21),
  entityKeys: ENTITY_PAGE_FIELDS.entity,
  relationKeys: ENTITY_PAGE_FIELDS.relation,
});

/** `explore/neighborhood`, every type. */
export const neighborhoodParams = (id: string, depth: number, limit: number) => ({
  id,
  depth: neo4j.int(depth),
  types,
  allTypes: true,
  cap: neo4j.int(limit - 1),
  perNode: neo4j.int(perNode(limit)),
  centreWalk: neo4j.int(centreWalk(limit)),
  entityKeys: NEIGHBORHOOD_FIELDS.entity,
  relationKeys: NEIGHBORHOOD_FIELDS.relation,
});

/** `generated/paths-hops-N-shortest-K` (pathsStatement). */
export const pathsParams = (from: string, to: string, first: number) => ({
  from,
  to,
  first: neo4j.int(first),
  entityKeys: PATHS_FIELDS.entity,
  relationKeys: PATHS_FIELDS.relation,
});
