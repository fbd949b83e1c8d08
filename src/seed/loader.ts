import { cypher } from '../db/cypher.js';
import type { Counters, Executor, WriteTx } from '../db/executor.js';
import { loadSeed, type Problem } from '../graph/validate.js';
import { projectPath } from '../paths.js';
import { datasetVersion, type NodeRow, type RelationRow, type SeedRows, seedRows } from './rows.js';

export interface LoadOptions {
  /** Remove seed-made facts that the seed no longer lists (API edits are never removed). */
  prune?: boolean;
  batchSize?: number;
  log?: (line: string) => void;
}

export interface LoadReport {
  version: string;
  /** Rows whose content changed and were written, per group. */
  written: Record<keyof SeedRows, number>;
  removed: { relations: number; nodes: number };
  counters: Counters;
}

export class SeedValidationError extends Error {
  override name = 'SeedValidationError';
  constructor(readonly problems: Problem[]) {
    super(
      `The seed has ${problems.length} problem(s); nothing was loaded:\n${problems
        .map((p) => `  ${p.file} [${p.entry}]: ${p.reason}`)
        .join('\n')}`,
    );
  }
}

const ZERO: Counters = {
  nodesCreated: 0,
  nodesDeleted: 0,
  relationshipsCreated: 0,
  relationshipsDeleted: 0,
  propertiesSet: 0,
  labelsAdded: 0,
};

function add(a: Counters, b: Counters): Counters {
  const out = { ...a };
  for (const k of Object.keys(b) as (keyof Counters)[]) out[k] += b[k];
  return out;
}

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * Writes a validated graph in idempotent batches, one transaction each. Every write is a MERGE on ids guarded by
 * a content hash, so a re-run (also after an interruption) converges and a second run writes nothing.
 */
export async function loadRows(executor: Executor, rows: SeedRows, o: LoadOptions = {}): Promise<LoadReport> {
  const size = o.batchSize ?? 500;
  const log = o.log ?? (() => {});
  let counters = ZERO;
  const written = { entities: 0, documents: 0, statistics: 0, citations: 0, relations: 0 };

  const batches = async <T>(label: string, items: T[], run: (batch: T[]) => Promise<number>) => {
    let done = 0;
    let count = 0;
    for (const batch of chunks(items, size)) {
      count += await run(batch);
      done += batch.length;
      if (items.length > size) log(`${label}: ${done}/${items.length}`);
    }
    return count;
  };
  const tx = async (fn: (t: WriteTx) => Promise<number>) =>
    executor.writeTx(async (t) => {
      const n = await fn(t);
      counters = add(counters, t.counters());
      return n;
    });
  const upsertNodes = (label: string, group: NodeRow[]) =>
    batches(label, group, (batch) =>
      tx(async (t) => {
        const [r] = await t.run(cypher('seed/upsert-nodes'), { rows: batch, label });
        return Number(r?.written ?? 0);
      }),
    );

  written.entities = await batches('entities', rows.entities, (batch) =>
    tx(async (t) => Number((await t.run(cypher('seed/upsert-entities'), { rows: batch }))[0]?.written ?? 0)),
  );
  written.documents = await upsertNodes('Document', rows.documents);
  written.statistics = await upsertNodes('Statistic', rows.statistics);
  written.citations = await upsertNodes('Citation', rows.citations);

  // An edit may give a relation id another type or other ends: drop the old relationship before merging the new.
  const wanted = new Map(rows.relations.map((r) => [r.id, r]));
  const existing = await executor.read(cypher('seed/existing-relations'));
  const stale = existing
    .map((e) => ({
      id: String(e.id),
      type: String(e.type),
      source: String(e.source),
      target: String(e.target),
    }))
    .filter((e) => {
      const w = wanted.get(e.id);
      if (!w) return o.prune === true;
      return w.type !== e.type || w.source !== e.source || w.target !== e.target;
    });
  const removedRelations = await batches('stale relations', stale, (batch) =>
    tx(async (t) => Number((await t.run(cypher('seed/delete-relations'), { rows: batch }))[0]?.deleted ?? 0)),
  );
  written.relations = await batches('relations', rows.relations, (batch: RelationRow[]) =>
    tx(async (t) => Number((await t.run(cypher('seed/upsert-relations'), { rows: batch }))[0]?.written ?? 0)),
  );

  let removedNodes = 0;
  if (o.prune) {
    const keep = new Set(
      [rows.entities, rows.documents, rows.statistics, rows.citations].flatMap((g) => g.map((r) => r.id)),
    );
    const gone = (await executor.read(cypher('seed/existing-nodes')))
      .map((r) => String(r.id))
      .filter((id) => !keep.has(id));
    removedNodes = await batches('pruned nodes', gone, (batch) =>
      tx(async (t) => Number((await t.run(cypher('seed/delete-nodes'), { ids: batch }))[0]?.deleted ?? 0)),
    );
  }

  const version = datasetVersion(rows);
  await tx(async (t) => {
    await t.run(cypher('seed/set-dataset'), { version, loadedAt: new Date().toISOString() });
    return 0;
  });
  return { version, written, removed: { relations: removedRelations, nodes: removedNodes }, counters };
}

/** Validates the seed folder and loads it; on any problem loads nothing and throws every problem. */
export async function loadSeedDir(executor: Executor, dir = projectPath('seed'), o: LoadOptions = {}) {
  const result = await loadSeed(dir);
  if (!result.ok) throw new SeedValidationError(result.problems);
  return loadRows(executor, seedRows(result.graph), o);
}

/** Loads the seed only into a database that holds no entity (what `npm start` does). */
export async function seedIfEmpty(executor: Executor, o: LoadOptions = {}): Promise<boolean> {
  const [row] = await executor.read(cypher('seed/count-entities'));
  if (Number(row?.n ?? 0) > 0) return false;
  await loadSeedDir(executor, projectPath('seed'), o);
  return true;
}
