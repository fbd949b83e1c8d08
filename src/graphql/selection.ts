import {
  type FieldNode,
  type GraphQLResolveInfo,
  Kind,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
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

/** What below a field (through fragments too) reads the request's variables besides the document. */
interface Dependence {
  /** @skip or @include: which fields are selected. */
  conditions: boolean;
  /** A variable in an argument of a field below: the coerced arguments. */
  variables: boolean;
}
const dependences = new WeakMap<readonly FieldNode[], Dependence>();

const hasVariable = (v: ValueNode): boolean =>
  v.kind === Kind.VARIABLE ||
  (v.kind === Kind.LIST && v.values.some(hasVariable)) ||
  (v.kind === Kind.OBJECT && v.fields.some((f) => hasVariable(f.value)));

function dependence(info: GraphQLResolveInfo): Dependence {
  const known = dependences.get(info.fieldNodes);
  if (known) return known;
  const d: Dependence = { conditions: false, variables: false };
  const visited = new Set<string>();
  const walk = (set: SelectionSetNode | undefined): void => {
    for (const s of set?.selections ?? []) {
      if (s.directives?.some((x) => x.name.value === 'skip' || x.name.value === 'include'))
        d.conditions = true;
      if (s.kind === Kind.FIELD && s.arguments?.some((a) => hasVariable(a.value))) d.variables = true;
      if (s.kind === Kind.FRAGMENT_SPREAD) {
        if (visited.has(s.name.value)) continue;
        visited.add(s.name.value);
        walk(info.fragments[s.name.value]?.selectionSet);
      } else walk(s.selectionSet);
    }
  };
  for (const f of info.fieldNodes) walk(f.selectionSet);
  dependences.set(info.fieldNodes, d);
  return d;
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
  let byField = dependence(info).conditions ? perRequest.get(info.variableValues) : stable;
  if (!byField) {
    byField = new WeakMap();
    perRequest.set(info.variableValues, byField);
  }
  if (byField.has(info.fieldNodes)) return byField.get(info.fieldNodes) ?? null;
  const tree = parseResolveInfo(info);
  const answer =
    tree && 'fieldsByTypeName' in tree ? analyse(tree as ResolveTree, entityPaths, relationPath) : null;
  byField.set(info.fieldNodes, answer);
  return answer;
}

function analyse(tree: ResolveTree, entityPaths: string[][], relationPath: string[]): Projection {
  return projection(selectedFields(tree, entityPaths), selectedFields(tree, [relationPath]));
}

/** Where a field's selection holds entities and relations, as `requestedProjection` takes them. */
export interface SelectionPaths {
  entity: string[][];
  relation: string[];
}

// By tree, then by the caller's constant paths: a shared tree (see `selectedChildren`) is analysed once.
const projections = new WeakMap<ResolveTree, WeakMap<SelectionPaths, Projection>>();

/** requestedProjection for a field read from its parent's selection (see `selectedChildren`). */
export function projectionOf(tree: ResolveTree, paths: SelectionPaths): Projection {
  let byPaths = projections.get(tree);
  let found = byPaths?.get(paths);
  if (found) return found;
  found = analyse(tree, paths.entity, paths.relation);
  if (!byPaths) {
    byPaths = new WeakMap();
    projections.set(tree, byPaths);
  }
  byPaths.set(paths, found);
  return found;
}

const childSelections = new WeakMap<readonly FieldNode[], Map<string, Map<string, ResolveTree[]> | null>>();

/**
 * The selections of the current field's children named `name`, per type condition (`Entity` for fields selected
 * on the interface itself, a concrete type for an inline fragment's), with their arguments coerced. null when
 * the selection cannot be read. Shared across requests when it depends on the document alone (see `stable`),
 * so callers must not change it.
 */
export function selectedChildren(info: GraphQLResolveInfo, name: string): Map<string, ResolveTree[]> | null {
  const d = dependence(info);
  const shared = d.conditions || d.variables ? undefined : childSelections.get(info.fieldNodes);
  if (shared?.has(name)) return shared.get(name) ?? null;
  const tree = parseResolveInfo(info);
  let found: Map<string, ResolveTree[]> | null = null;
  if (tree && 'fieldsByTypeName' in tree) {
    found = new Map();
    for (const [type, byAlias] of Object.entries((tree as ResolveTree).fieldsByTypeName)) {
      const hits = Object.values(byAlias).filter((c) => c.name === name);
      if (hits.length > 0) found.set(type, hits);
    }
  }
  if (!d.conditions && !d.variables) {
    const byName = shared ?? new Map();
    byName.set(name, found);
    childSelections.set(info.fieldNodes, byName);
  }
  return found;
}
