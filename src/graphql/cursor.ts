import { badInput } from './errors.js';

/** Opaque keyset cursors: base64url of a JSON array of the sort key parts, ending with the id. */
export function encodeCursor(parts: (string | number)[]): string {
  return Buffer.from(JSON.stringify(parts), 'utf8').toString('base64url');
}

/** Decodes a cursor into exactly `arity` string/number parts, or fails naming the argument. */
export function decodeCursor(cursor: string | null | undefined, arity: number, argument = 'after') {
  if (cursor === null || cursor === undefined) return null;
  const fail = () =>
    badInput(argument, 'is not a cursor this API issued (take endCursor from a previous page).');
  if (cursor.length > 1024 || !/^[A-Za-z0-9_-]+$/.test(cursor)) throw fail();
  let parts: unknown;
  try {
    parts = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw fail();
  }
  if (
    !Array.isArray(parts) ||
    parts.length !== arity ||
    !parts.every((p) => typeof p === 'string' || (typeof p === 'number' && Number.isFinite(p)))
  ) {
    throw fail();
  }
  return parts as (string | number)[];
}
