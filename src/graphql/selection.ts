import type { FieldNode, GraphQLResolveInfo } from 'graphql';
import { parseResolveInfo, type ResolveTree } from 'graphql-parse-resolve-info';
import { type Projection, projection } from '../services/projection.js';

/**
 * Names of the fields a request selects below the current field along each path (e.g. `['relations', 'source']`),
 * over every alias, fragment and type condition, with `@skip`/`@include` applied.
 */
function selectedFields(tree: ResolveTree, paths: string[][]): Set<string> {
  const names = new Set<string>();
  for (const path of paths) {
    let level = [tree];
    for (const step of path) level = level.flatMap((t) => children(t).filter((c) => c.name === step));
    for (const t of level) for (const c of children(t)) if (!c.name.startsWith('__')) names.add(c.name);
  }
  return names;
}

const children = (t: ResolveTree): ResolveTree[] =>
  Object.values(t.fieldsByTypeName).flatMap((byAlias) => Object.values(byAlias));

// One answer per field per execution: a relation page below 200 entities resolves 200 times with the same field
// nodes. Those nodes outlive a request (graphql-jit compiles an operation once and every execution shares them);
// keying first by the execution's coerced variables (a new object per request, and what @skip/@include read)
// keeps an answer from ever crossing requests. Both maps are weak.
const cache = new WeakMap<object, WeakMap<readonly FieldNode[], Projection | null>>();

/**
 * The projection a statement needs for what the request selects: entity fields along `entityPaths`, relation
 * fields at `relationPath`. null when the selection cannot be read, which statements take as "everything".
 */
export function requestedProjection(
  info: GraphQLResolveInfo,
  entityPaths: string[][],
  relationPath: string[],
): Projection | null {
  let byField = cache.get(info.variableValues);
  if (!byField) {
    byField = new WeakMap();
    cache.set(info.variableValues, byField);
  }
  if (byField.has(info.fieldNodes)) return byField.get(info.fieldNodes) ?? null;
  const tree = parseResolveInfo(info);
  const answer =
    tree && 'fieldsByTypeName' in tree
      ? projection(
          selectedFields(tree as ResolveTree, entityPaths),
          selectedFields(tree as ResolveTree, [relationPath]),
        )
      : null;
  byField.set(info.fieldNodes, answer);
  return answer;
}
