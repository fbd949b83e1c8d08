import { badInput } from './errors.js';

/** Bounds of the API's arguments; the schema's descriptions state the same numbers. */
export const LIMITS = {
  first: 100,
  depth: 3,
  maxHops: 6,
  neighborhoodLimit: 1000,
  pathsFirst: 10,
  searchLength: 100,
  ids: 100,
  idLength: 200,
} as const;

export function intInRange(
  argument: string,
  value: number | null | undefined,
  min: number,
  max: number,
  fallback: number,
): number {
  const v = value ?? fallback;
  if (!Number.isInteger(v) || v < min || v > max) {
    throw badInput(argument, `must be an integer from ${min} to ${max} (got ${v}).`);
  }
  return v;
}

export function pageSize(value: number | null | undefined, fallback: number, argument = 'first'): number {
  return intInRange(argument, value, 0, LIMITS.first, fallback);
}

export function text(argument: string, value: string, max: number): string {
  if (value.trim().length === 0) throw badInput(argument, 'must not be empty.');
  if (value.length > max)
    throw badInput(argument, `must be at most ${max} characters (got ${value.length}).`);
  return value;
}

export function idList(argument: string, ids: readonly string[] | null | undefined): string[] | null {
  if (!ids) return null;
  if (ids.length > LIMITS.ids)
    throw badInput(argument, `may hold at most ${LIMITS.ids} ids (got ${ids.length}).`);
  return [...ids];
}
