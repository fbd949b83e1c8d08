import { randomUUID } from 'node:crypto';
import { cypher, cypherScript } from '../db/cypher.js';
import { type Executor, int, type WriteTx } from '../db/executor.js';
import { decodeCursor } from '../graphql/cursor.js';
import type { Page } from './models.js';
import { toPage } from './paging.js';

export type ChangeOperation =
  | 'UPSERT_ENTITY'
  | 'DELETE_ENTITY'
  | 'UPSERT_RELATION'
  | 'DELETE_RELATION'
  | 'ADD_CITATION'
  | 'UPSERT_STATISTIC';

export type ChangeTarget = 'ENTITY' | 'RELATION' | 'STATISTIC' | 'CITATION';

/** One entry of the audit trail as stored (a :Change node) and served. */
export interface ChangeModel {
  id: string;
  at: string;
  actor: string;
  role: string;
  operation: ChangeOperation;
  targetId: string;
  targetType: ChangeTarget;
  summary: string;
  /** JSON of the target's fields before; null when it was created. */
  before: string | null;
  /** JSON of the target's fields after; null when it was deleted. */
  after: string | null;
  /** The entities the change concerns, for `changes(entity:)`. */
  entityIds: string[];
  requestId: string | null;
}

/** Who writes and when: one per mutation, so the nodes it stamps and its change share the same instant. */
export interface WriteStamp {
  actor: string;
  role: string;
  at: string;
  requestId: string | null;
}

export type Fields = Record<string, unknown>;

/** Stored properties that are derived (search keys, hashes) or recorded on the change itself. */
const INTERNAL = new Set([
  'hash',
  'searchText',
  'aliasText',
  'aliasKeys',
  'sortName',
  'seedFile',
  'updatedAt',
  'updatedBy',
  'text',
]);

/** A node's or relationship's fields as the audit trail shows them: no derived keys, keys in order. */
export function publicFields(props: Fields, extra: Fields = {}): Fields {
  const out: Fields = {};
  const all = { ...props, ...extra };
  for (const key of Object.keys(all).sort()) {
    if (!INTERNAL.has(key) && all[key] !== undefined && all[key] !== null) out[key] = all[key];
  }
  return out;
}

/** The fields that differ between two JSON objects (either may be null: created or deleted). */
export function diffOf(
  before: string | null,
  after: string | null,
): Record<string, { before: unknown; after: unknown }> {
  const a = before ? (JSON.parse(before) as Fields) : {};
  const b = after ? (JSON.parse(after) as Fields) : {};
  const out: Record<string, { before: unknown; after: unknown }> = {};
  for (const key of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()) {
    if (JSON.stringify(a[key]) !== JSON.stringify(b[key])) {
      out[key] = { before: a[key] ?? null, after: b[key] ?? null };
    }
  }
  return out;
}

/** Names of the fields that differ, for a summary line. */
export function changedFields(before: Fields | null, after: Fields | null): string[] {
  return Object.keys(diffOf(before ? JSON.stringify(before) : null, after ? JSON.stringify(after) : null));
}

export interface ChangeEntry {
  operation: ChangeOperation;
  targetId: string;
  targetType: ChangeTarget;
  summary: string;
  before: Fields | null;
  after: Fields | null;
  entityIds: string[];
}

/** Records a change inside the write's own transaction, so the trail never misses or invents a write. */
export async function recordChange(tx: WriteTx, stamp: WriteStamp, e: ChangeEntry): Promise<void> {
  const change: ChangeModel = {
    id: randomUUID(),
    at: stamp.at,
    actor: stamp.actor,
    role: stamp.role,
    operation: e.operation,
    targetId: e.targetId,
    targetType: e.targetType,
    summary: e.summary,
    before: e.before ? JSON.stringify(e.before) : null,
    after: e.after ? JSON.stringify(e.after) : null,
    entityIds: [...new Set(e.entityIds)],
    requestId: stamp.requestId,
  };
  // Neo4j stores no nulls: absent properties read back as null.
  const props = Object.fromEntries(Object.entries(change).filter(([, v]) => v !== null));
  await tx.run(cypher('changes/record'), { change: props });
}

function toChange(raw: unknown): ChangeModel {
  const r = raw as Record<string, unknown>;
  const str = (v: unknown) => (typeof v === 'string' ? v : null);
  return {
    id: String(r.id),
    at: String(r.at),
    actor: String(r.actor),
    role: String(r.role),
    operation: String(r.operation) as ChangeOperation,
    targetId: String(r.targetId),
    targetType: String(r.targetType) as ChangeTarget,
    summary: String(r.summary ?? ''),
    before: str(r.before),
    after: str(r.after),
    entityIds: Array.isArray(r.entityIds) ? r.entityIds.map(String) : [],
    requestId: str(r.requestId),
  };
}

export class ChangeService {
  constructor(private readonly db: Executor) {}

  /** A keyset page of the trail, newest first. */
  async page(entity: string | null, first: number, after: string | null): Promise<Page<ChangeModel>> {
    const parts = decodeCursor(after, 2);
    const [row] = await this.db.read(cypher(entity ? 'changes/page-of-entity' : 'changes/page'), {
      entity,
      // After every timestamp (ISO strings), so the first page is the same ordered seek as the others.
      afterAt: parts ? String(parts[0]) : '\uffff',
      afterId: parts ? String(parts[1]) : '',
      limit: int(first + 1),
    });
    const changes = ((row?.changes as unknown[]) ?? []).map(toChange);
    return toPage(changes, first, Number(row?.total ?? 0), after, (c) => [c.at, c.id]);
  }
}

/** The trail's constraint and index; start-up applies them next to cypher/schema/. */
export async function applyChangeSchema(executor: Executor): Promise<void> {
  for (const stmt of cypherScript('changes/schema')) await executor.schema(stmt);
}
