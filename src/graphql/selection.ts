import { type FieldNode, type GraphQLResolveInfo, Kind, type SelectionSetNode } from 'graphql';
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

// One answer per field: a relation page below 200 entities resolves 200 times with the same field nodes. Those
// nodes outlive a request (graphql-jit compiles an operation once and every execution shares them), so a
// selection without @skip/@include, whose answer depends on the document alone, is answered once for all
// requests. One with them is keyed first by the execution's coerced variables (a new object per request, and
// what the directives read), so its answer never crosses requests. Every map is weak.
const stable = new WeakMap<readonly FieldNode[], Projection | null>();
const perRequest = new WeakMap<object, WeakMap<readonly FieldNode[], Projection | null>>();
const conditional = new WeakMap<readonly FieldNode[], boolean>();

/** Whether @skip or @include appears anywhere below the field, through fragments too. */
function hasConditions(info: GraphQLResolveInfo): boolean {
  let found = conditional.get(info.fieldNodes);
  if (found !== undefined) return found;
  const visited = new Set<string>();
  const walk = (set: SelectionSetNode | undefined): boolean =>
    (set?.selections ?? []).some((s) => {
      if (s.directives?.some((d) => d.name.value === 'skip' || d.name.value === 'include')) return true;
      if (s.kind === Kind.FRAGMENT_SPREAD) {
        if (visited.has(s.name.value)) return false;
        visited.add(s.name.value);
        return walk(info.fragments[s.name.value]?.selectionSet);
      }
      return walk(s.selectionSet);
    });
  found = info.fieldNodes.some((f) => walk(f.selectionSet));
  conditional.set(info.fieldNodes, found);
  return found;
}

/**
 * The projection a statement needs for what the request selects: entity fields along `entityPaths`, relation
 * fields at `relationPath`. null when the selection cannot be read, which statements take as "everything".
 */
export function requestedProjection(
  info: GraphQLResolveInfo,
  entityPaths: string[][],
  relationPath: string[],
): Projection | null {
  let byField = hasConditions(info) ? perRequest.get(info.variableValues) : stable;
  if (!byField) {
    byField = new WeakMap();
    perRequest.set(info.variableValues, byField);
  }
  if (byField.has(info.fieldNodes)) return byField.get(info.fieldNodes) ?? null;
  const tree = parseResolveInfo(info);
  const answer =
    tree && 'fieldsByTypeName' in tree ? projectionOf(tree as ResolveTree, entityPaths, relationPath) : null;
  byField.set(info.fieldNodes, answer);
  return answer;
}

/** requestedProjection for a field read from its parent's selection (see `selectedChildren`). */
export function projectionOf(tree: ResolveTree, entityPaths: string[][], relationPath: string[]): Projection {
  return projection(selectedFields(tree, entityPaths), selectedFields(tree, [relationPath]));
}

/**
 * The selections of the current field's children named `name`, per type condition (`Entity` for fields selected
 * on the interface itself, a concrete type for an inline fragment's), with their arguments coerced. null when
 * the selection cannot be read.
 */
export function selectedChildren(info: GraphQLResolveInfo, name: string): Map<string, ResolveTree[]> | null {
  const tree = parseResolveInfo(info);
  if (!tree || !('fieldsByTypeName' in tree)) return null;
  const found = new Map<string, ResolveTree[]>();
  for (const [type, byAlias] of Object.entries((tree as ResolveTree).fieldsByTypeName)) {
    const hits = Object.values(byAlias).filter((c) => c.name === name);
    if (hits.length > 0) found.set(type, hits);
  }
  return found;
}
