import type { GraphQLResolveInfo } from 'graphql';
import { parseResolveInfo, type ResolveTree } from 'graphql-parse-resolve-info';

/**
 * Names of the fields a request selects below the current field along each path (e.g. `['relations', 'source']`),
 * over every alias, fragment and type condition, with `@skip`/`@include` applied. Lets a statement project only
 * what will be read. null when the selection cannot be read, which callers take as "everything".
 */
export function selectedFields(info: GraphQLResolveInfo, ...paths: string[][]): Set<string> | null {
  const root = parseResolveInfo(info);
  if (!root || !('fieldsByTypeName' in root)) return null;
  const names = new Set<string>();
  for (const path of paths) {
    let level: ResolveTree[] = [root as ResolveTree];
    for (const step of path) level = level.flatMap((t) => children(t).filter((c) => c.name === step));
    for (const t of level) for (const c of children(t)) if (!c.name.startsWith('__')) names.add(c.name);
  }
  return names;
}

const children = (t: ResolveTree): ResolveTree[] =>
  Object.values(t.fieldsByTypeName).flatMap((byAlias) => Object.values(byAlias));
