import { type EntityModel, type RelationModel, toEntity, toRelation } from './models.js';

/**
 * The stored properties a request needs, so a statement that returns hundreds of entities ships only those
 * (decoding whole entities cost more than finding them). Field names are property names, as the resolvers read
 * them; fields the resolvers answer from the id alone need none. `degree` is counted by the statement.
 */
export interface Projection {
  /** Always starts with id and kind (the GraphQL type is resolved from kind). */
  entity: string[];
  /** Besides id, type and the two ends, which every relation carries. */
  relation: string[];
}

const ENTITY_FROM_ID = new Set([
  'id',
  'kind',
  'citations',
  'statistics',
  'relations',
  'district',
  'location',
]);
const RELATION_FIXED = new Set(['id', 'type', 'source', 'target', 'citations', 'explanation']);

/** Sorted, so the same selection gives the same projection however it was reached (it keys a page's loader). */
export function projection(entityFields: Iterable<string>, relationFields: Iterable<string>): Projection {
  return {
    entity: ['id', 'kind', ...[...new Set(entityFields)].filter((f) => !ENTITY_FROM_ID.has(f)).sort()],
    relation: [...new Set(relationFields)].filter((f) => !RELATION_FIXED.has(f)).sort(),
  };
}

/** keys[i] → values[from + i]; a plain loop, as this runs for every entity of a 200-entity neighbourhood. */
function zip(keys: readonly string[], values: unknown[], from = 0, into: Record<string, unknown> = {}) {
  for (let i = 0; i < keys.length; i++) into[keys[i] as string] = values[from + i] ?? null;
  return into;
}

const RELATION_HEAD = ['id', 'type', 'sourceId', 'targetId'] as const;

/** An entity from the values a projected statement returned, in the projection's key order. */
export function projectedEntity(keys: readonly string[], values: unknown[]): EntityModel {
  const e = toEntity(zip(keys, values));
  e.partial = true;
  return e;
}

/**
 * A relation from [id, type, sourceId, targetId, ...values of the projection's keys], with the projected ends
 * that answer its source and target.
 */
export function projectedRelation(
  keys: readonly string[],
  values: unknown[],
  ends: ReadonlyMap<string, EntityModel>,
): RelationModel {
  const r = toRelation(zip(keys, values, RELATION_HEAD.length, zip(RELATION_HEAD, values)));
  r.ends = ends;
  return r;
}
