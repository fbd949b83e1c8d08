import type { Role } from '../config/index.js';

export type { Role } from '../config/index.js';

export const ROLES: readonly Role[] = ['reader', 'editor', 'admin'];

/** Each role may do what the roles before it may. */
const RANK: Record<Role, number> = { reader: 0, editor: 1, admin: 2 };

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

export function atLeast(role: Role | null, needed: Role): boolean {
  return role !== null && RANK[role] >= RANK[needed];
}

/** Who sent a request, as the resolvers and the audit trail see it. */
export interface Caller {
  /** A JWT's `sub`, an API key's configured name, or `anonymous`. */
  actor: string;
  /** null: may do nothing at all (anonymous while anonymous reads are switched off). */
  role: Role | null;
  via: 'jwt' | 'api-key' | 'anonymous';
}

export function anonymous(anonymousRead: boolean): Caller {
  return { actor: 'anonymous', role: anonymousRead ? 'reader' : null, via: 'anonymous' };
}

/**
 * The role each guarded root field needs; every other field of Query needs `reader`. Deletes are for admins
 * because they cascade (see docs/writes.md); the audit trail names editors, so it is not for anonymous readers.
 */
export const FIELD_ROLES: Readonly<Record<string, Role>> = {
  'Mutation.upsertEntity': 'editor',
  'Mutation.upsertRelation': 'editor',
  'Mutation.upsertStatistic': 'editor',
  'Mutation.addCitation': 'editor',
  'Mutation.deleteEntity': 'admin',
  'Mutation.deleteRelation': 'admin',
  'Query.changes': 'editor',
};

export function roleFor(rootType: 'Query' | 'Mutation' | 'Subscription', field: string): Role {
  // A mutation field missing from the table is refused to editors rather than opened to readers.
  return FIELD_ROLES[`${rootType}.${field}`] ?? (rootType === 'Query' ? 'reader' : 'admin');
}
