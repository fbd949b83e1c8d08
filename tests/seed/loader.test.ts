import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSeed, type ResolvedGraph } from '../../src/graph/validate.js';
import { projectPath } from '../../src/paths.js';
import { loadRows, loadSeedDir } from '../../src/seed/loader.js';
import { seedRows } from '../../src/seed/rows.js';
import { type TestDb, testDb } from '../support/db.js';

let db: TestDb;
let graph: ResolvedGraph;

/** Everything the graph holds, as comparable text: labels, properties, relationships. */
async function snapshot(): Promise<{ nodes: number; relationships: number; digest: string }> {
  const [row] = await db.executor.read({
    name: 'test/snapshot',
    text: `CALL () { MATCH (n) WHERE NOT n:Dataset
                   WITH n ORDER BY n.id RETURN count(n) AS nodes, collect([labels(n), n.id, n.hash]) AS ns }
           CALL () { MATCH (a)-[r]->(b) WITH a, r, b ORDER BY r.id
                   RETURN count(r) AS relationships, collect([type(r), r.id, a.id, b.id, r.hash]) AS rs }
           RETURN nodes, relationships, ns, rs`,
  });
  return {
    nodes: Number(row?.nodes),
    relationships: Number(row?.relationships),
    digest: JSON.stringify([row?.ns, row?.rs]),
  };
}

beforeAll(async () => {
  db = testDb();
  await db.reset();
  const r = await loadSeed(projectPath('seed'));
  if (!r.ok) throw new Error(JSON.stringify(r.problems.slice(0, 5)));
  graph = r.graph;
}, 120_000);

afterAll(async () => {
  await db?.close();
});

describe('seed loader', () => {
  it('loads the seed, and a second run writes nothing', async () => {
    const first = await loadSeedDir(db.executor);
    // + 1: the node recording the dataset version.
    expect(first.counters.nodesCreated).toBe(
      graph.entities.length + graph.documents.length + graph.statistics.length + graph.citations.length + 1,
    );
    expect(first.counters.relationshipsCreated).toBe(graph.relations.length);
    const before = await snapshot();
    const second = await loadSeedDir(db.executor);
    expect(second.counters).toEqual({
      nodesCreated: 0,
      nodesDeleted: 0,
      relationshipsCreated: 0,
      relationshipsDeleted: 0,
      propertiesSet: 0,
      labelsAdded: 0,
    });
    expect(second.written).toEqual({ entities: 0, documents: 0, statistics: 0, citations: 0, relations: 0 });
    expect(await snapshot()).toEqual(before);
    expect(second.version).toBe(first.version);
  });

  it('converges after an interrupted load', async () => {
    const full = await snapshot();
    await db.reset();
    const rows = seedRows(graph);
    // A load that died part-way: half the entities, a third of the relations whose ends exist.
    const half = new Set(rows.entities.slice(0, Math.floor(rows.entities.length / 2)).map((e) => e.id));
    await loadRows(db.executor, {
      ...rows,
      entities: rows.entities.filter((e) => half.has(e.id)),
      statistics: rows.statistics.slice(0, 5),
      citations: rows.citations.slice(0, 40),
      relations: rows.relations.filter((r) => half.has(r.source) && half.has(r.target)).slice(0, 20),
    });
    expect((await snapshot()).nodes).toBeLessThan(full.nodes);
    await loadSeedDir(db.executor);
    expect(await snapshot()).toEqual(full);
  });

  it('updates an edited entry in place, moves an edited relation, and prunes only when asked', async () => {
    const rows = seedRows(graph);
    const entity = graph.entities.find((e) => e.kind === 'Park');
    const relation = graph.relations[0];
    if (!entity || !relation) throw new Error('seed lacks a park or a relation');
    const edited: ResolvedGraph = {
      ...graph,
      entities: graph.entities.map((e) => (e.id === entity.id ? { ...e, description: 'edited' } : e)),
      relations: graph.relations
        .slice(1)
        .concat({ ...relation, modality: relation.modality === 'REPORTED' ? 'PLANNED' : 'REPORTED' }),
    };
    const report = await loadRows(db.executor, seedRows(edited));
    expect(report.written.entities).toBe(1);
    expect(report.written.relations).toBe(1);
    const [e] = await db.executor.read(
      { name: 'test/one', text: 'MATCH (n:Entity {id: $id}) RETURN n.description AS d' },
      { id: entity.id },
    );
    expect(e?.d).toBe('edited');

    // Dropping an entry from the seed leaves its fact in place unless the loader is asked to prune.
    const without = { ...rows, relations: rows.relations.slice(1) };
    await loadRows(db.executor, without);
    expect((await snapshot()).relationships).toBe(graph.relations.length);
    const pruned = await loadRows(db.executor, without, { prune: true });
    expect(pruned.removed.relations).toBe(1);
    expect((await snapshot()).relationships).toBe(graph.relations.length - 1);
    await loadSeedDir(db.executor);
  });

  it('never overwrites or prunes an API edit', async () => {
    const entity = graph.entities[0];
    if (!entity) throw new Error('empty seed');
    await db.executor.write(
      {
        name: 'test/api-edit',
        text: "MATCH (n:Entity {id: $id}) SET n.origin = 'api', n.description = 'by an analyst'",
      },
      { id: entity.id },
    );
    const rows = seedRows(graph);
    await loadRows(
      db.executor,
      { ...rows, entities: rows.entities.filter((e) => e.id !== entity.id) },
      { prune: true },
    );
    const [row] = await db.executor.read(
      { name: 'test/read', text: 'MATCH (n:Entity {id: $id}) RETURN n.description AS d' },
      { id: entity.id },
    );
    expect(row?.d).toBe('by an analyst');
  });
});
