import { InvalidArgumentError } from 'commander';
import { EntityKind, RelationType } from './generated/graphql.js';

/** An integer option within the API's bounds, checked before any request so the message names the flag. */
export function intIn(min: number, max: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!/^-?\d+$/.test(value.trim()) || !Number.isInteger(n) || n < min || n > max) {
      throw new InvalidArgumentError(`expected an integer from ${min} to ${max}, got "${value}".`);
    }
    return n;
  };
}

/**
 * A repeatable, comma-separated list of enum values, matched case-insensitively (`--kind park,robot`), so
 * analysts need not remember the API's spelling of AIModel or OPEN_SOURCED_BY.
 */
function enumList<T extends string>(values: readonly T[], what: string) {
  const byKey = new Map(values.map((v) => [v.toLowerCase().replace(/[-_\s]/g, ''), v]));
  return (value: string, previous: T[] | undefined): T[] => {
    const out = [...(previous ?? [])];
    for (const part of value.split(',')) {
      const key = part
        .trim()
        .toLowerCase()
        .replace(/[-_\s]/g, '');
      if (!key) continue;
      const v = byKey.get(key);
      if (!v)
        throw new InvalidArgumentError(`unknown ${what} "${part.trim()}"; one of: ${values.join(', ')}.`);
      if (!out.includes(v)) out.push(v);
    }
    return out;
  };
}

export const ENTITY_KINDS: readonly EntityKind[] = Object.values(EntityKind);
export const RELATION_TYPES: readonly RelationType[] = Object.values(RelationType);

export const kindList = enumList(ENTITY_KINDS, 'kind');
export const typeList = enumList(RELATION_TYPES, 'relation type');

/** `--var name=value`, repeatable; the value is typed later, from the operation's variable definitions. */
export function keyValue(value: string, previous: [string, string][] | undefined): [string, string][] {
  const eq = value.indexOf('=');
  if (eq <= 0) throw new InvalidArgumentError(`expected name=value, got "${value}".`);
  return [...(previous ?? []), [value.slice(0, eq).trim(), value.slice(eq + 1)]];
}
