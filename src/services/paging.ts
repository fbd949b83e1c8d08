import { decodeCursor, encodeCursor } from '../graphql/cursor.js';
import type { Page } from './models.js';

/** Keyset paging: ask the database for one row more than the page to learn whether a next page exists. */
export function toPage<T>(
  rows: T[],
  first: number,
  total: number,
  after: unknown,
  key: (t: T) => (string | number)[],
): Page<T> {
  const items = rows.slice(0, first).map((node) => ({ cursor: encodeCursor(key(node)), node }));
  return { items, hasNextPage: rows.length > first, hasPreviousPage: after != null, totalCount: total };
}

/** The keyset position after a cursor of two string parts; the empty strings sort before everything. */
export function afterPair(cursor: string | null | undefined): [string, string] {
  const parts = decodeCursor(cursor, 2);
  return parts ? [String(parts[0]), String(parts[1])] : ['', ''];
}
