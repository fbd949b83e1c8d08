import type { Client } from './client.js';
import { NoResultError } from './errors.js';
import {
  CliEntityRefDocument,
  CliSearchDocument,
  type CliSearchQuery,
  type EntityKind,
} from './generated/graphql.js';

export interface EntityRef {
  id: string;
  kind: EntityKind;
  name: string;
  nameEn: string | null;
}

export type Candidate = CliSearchQuery['search'][number];

/** Several entities answer to a name and none matches it exactly: the caller lists them and exits 1. */
export class AmbiguousNameError extends NoResultError {
  override name = 'AmbiguousNameError';
  constructor(
    readonly text: string,
    readonly candidates: Candidate[],
  ) {
    super(`"${text}" matches ${candidates.length} entities: run the command again with one of the ids above`);
  }
}

/** Width-, case- and blank-insensitive, as the service's search is, so `ｗａｉｃ 2025` equals `WAIC 2025`. */
function key(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}

/**
 * An id is taken as it is; anything else is looked up with `search`. One hit, or exactly one hit whose name,
 * English name, full name or an alias is the text, wins; otherwise the name is ambiguous.
 */
export async function resolveEntity(client: Client, text: string): Promise<EntityRef> {
  const trimmed = text.trim();
  if (!trimmed) throw new NoResultError('an entity id or name is needed: see `kg search --help`');
  // Ids are slugs; a Chinese name can never be one, so skip the round trip for it.
  if (/^[\w.:-]{1,200}$/.test(trimmed)) {
    const { entity } = await client.request(CliEntityRefDocument, { id: trimmed });
    if (entity) return entity;
  }
  const { search } = await client.request(CliSearchDocument, { query: trimmed.slice(0, 100), first: 10 });
  if (search.length === 0) {
    throw new NoResultError(
      `no entity is called "${trimmed}": try \`kg search ${trimmed}\` for near matches`,
    );
  }
  const wanted = key(trimmed);
  const exact = search.filter((h) =>
    [h.entity.name, h.entity.nameEn, h.entity.fullName, ...h.entity.aliases].some(
      (n) => typeof n === 'string' && key(n) === wanted,
    ),
  );
  const only = exact.length === 1 ? exact[0] : search.length === 1 ? search[0] : undefined;
  if (only) return only.entity;
  throw new AmbiguousNameError(trimmed, exact.length > 1 ? exact : search);
}
