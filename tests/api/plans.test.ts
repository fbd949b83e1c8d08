import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cypher } from '../../src/db/cypher.js';
import { int } from '../../src/db/executor.js';
import { loadRows } from '../../src/seed/loader.js';
import { entityRow, relationRow } from '../../src/seed/rows.js';
import { applyChangeSchema } from '../../src/services/changes.js';
import { Vocabulary } from '../../src/services/vocabulary.js';
import { type TestDb, testDb } from '../support/db.js';

interface Plan {
  operatorType: string;
  arguments: Record<string, unknown>;
  children: Plan[];
}

function operators(plan: Plan): string[] {
  return [plan.operatorType.replace(/@.*$/, ''), ...plan.children.flatMap(operators)];
}

const SCANS = [
  'AllNodesScan',
  'NodeByLabelScan',
  'AllRelationshipsScan',
  'DirectedAllRelationshipsScan',
  'UndirectedAllRelationshipsScan',
  'DirectedRelationshipTypeScan',
  'UndirectedRelationshipTypeScan',
];

let db: TestDb;
const vocab = new Vocabulary();
const types = [...vocab.relationTypeNames];

/** A few thousand entities and relations, so the planner's choices are those of a real graph. */
beforeAll(async () => {
  db = testDb();
  await db.reset();
  const kinds = ['Organization', 'Event', 'Topic', 'Park', 'Place'];
  const entities = Array.from({ length: 3000 }, (_, i) =>
    entityRow({
      id: `e-${i}`,
      kind: kinds[i % kinds.length] as never,
      name: `实体${i}`,
      nameEn: `Entity ${i}`,
      aliases: [`E${i}`],
      props: {},
      file: 'fixture',
      ...(i % kinds.length === 0 ? { category: 'COMPANY' as never } : {}),
    }),
  );
  const relations = Array.from({ length: 6000 }, (_, i) =>
    relationRow({
      id: `r-${i}`,
      type: types[i % types.length] as never,
      source: `e-${i % 3000}`,
      target: `e-${(i * 7 + 1) % 3000}`,
      modality: 'REPORTED',
      props: {},
      file: 'fixture',
    }),
  );
  await loadRows(db.executor, { entities, documents: [], statistics: [], citations: [], relations });
  await applyChangeSchema(db.executor);
  await db.executor.schema({ name: 'test/stats', text: 'CALL db.resampleOutdatedIndexes()' });
}, 180_000);

afterAll(async () => {
  await db?.close();
});

async function plan(name: string, params: Record<string, unknown>): Promise<string[]> {
  return operators((await db.executor.explain(cypher(name), params)) as Plan);
}

describe('query plans on hot paths', () => {
  // Two kinds: each is seeked on its own and the pages merged.
  const noFilters = { kinds: ['Event', 'Park'], ids: null, categories: null, prefix: null, minDegree: null };
  const kindPage = { ...noFilters, afterKey: '', afterId: '', limit: int(21) };
  const relationPage = {
    ids: ['e-1'],
    types,
    allTypes: true,
    direction: 'BOTH',
    afterType: '',
    afterId: '',
    limit: int(21),
    entityKeys: ['id', 'kind', 'name'],
    relationKeys: ['when'],
  };
  const cases: [string, Record<string, unknown>][] = [
    ['entities/by-ids', { ids: ['e-1'] }],
    ['nodes/by-ids', { ids: ['e-1'] }],
    // The same parameters for both page statements: all of each plan is checked, whichever branch runs.
    ['generated/relations-of-entities', relationPage],
    ['generated/relations-of-hubs', relationPage],
    ['relations/between', { a: 'e-1', b: 'e-8' }],
    [
      'explore/neighborhood',
      {
        id: 'e-1',
        depth: int(3),
        types,
        allTypes: true,
        cap: int(199),
        perNode: int(100),
        centreWalk: int(400),
        entityKeys: ['id', 'kind', 'name', 'degree'],
        relationKeys: [],
      },
    ],
    ['generated/paths-hops-4-shortest-3', { from: 'e-1', to: 'e-99', first: int(3) }],
    ['search/fulltext', { lucene: '"实体"', kinds: null, candidates: int(100) }],
    ['provenance/citations-of', { ids: ['e-1'] }],
    ['statistics/of-subjects', { ids: ['e-1'] }],
    ['generated/relations-by-ids', { ids: ['r-1'] }],
    ['generated/relations-page', { after: Object.fromEntries(types.map((t) => [t, ''])), limit: int(101) }],
    [
      'entities/page',
      {
        ids: null,
        categories: null,
        prefix: null,
        minDegree: null,
        afterKey: 'entity 1',
        afterId: 'e-1',
        limit: int(21),
      },
    ],
    ['entities/page-by-kinds', kindPage],
    ['entities/count-by-kinds', noFilters],
    ['statistics/page', { afterId: '', limit: int(21) }],
    ['statistics/page-of-subject', { subject: 'e-1', metric: null, afterId: '', limit: int(21) }],
    ['statistics/page-of-metric', { metric: 'EXHIBITS', afterId: '', limit: int(21) }],
    ['generated/relation-counts', {}],
    ['generated/entity-kind-counts', {}],
    ['generated/graph-stats', {}],
  ];

  it.each(cases)('%s seeks an index instead of scanning', async (name, params) => {
    const ops = await plan(name, params);
    const scans = ops.filter((o) => SCANS.includes(o));
    expect(scans, `${name}: ${ops.join(' > ')}`).toEqual([]);
  });

  it('pages a kind in index order instead of sorting the whole kind', async () => {
    const ops = await plan('entities/page-by-kinds', kindPage);
    expect(ops, ops.join(' > ')).toContain('PartialTop');
    expect(ops.filter((o) => o === 'Sort')).toEqual([]);
  });

  it('pages the audit trail newest first by an ordered seek on change_at, not by sorting every change', async () => {
    const first = { entity: 'e-1', afterAt: '\uffff', afterId: '', limit: int(21) };
    for (const name of ['changes/page', 'changes/page-of-entity']) {
      const ops = await plan(name, first);
      expect(ops, `${name}: ${ops.join(' > ')}`).toContain('NodeIndexSeekByRange');
      expect(ops.filter((o) => o === 'Sort')).toEqual([]);
    }
    const ops = await plan('changes/page', first);
    expect(ops, ops.join(' > ')).toContain('NodeCountFromCountStore');
    expect(ops.filter((o) => SCANS.includes(o))).toEqual([]);
  });

  it('counts all entities from the count store', async () => {
    const ops = await plan('entities/count-all', {});
    expect(ops, ops.join(' > ')).toContain('NodeCountFromCountStore');
  });

  // What each replaced read every match it counted (a type scan, a kind's index entries, every statistic).
  it.each([
    ['generated/entity-kind-counts', ['NodeCountFromCountStore']],
    ['generated/relation-counts', ['RelationshipCountFromCountStore']],
    ['generated/graph-stats', ['NodeCountFromCountStore', 'RelationshipCountFromCountStore']],
    ['statistics/page', ['NodeCountFromCountStore']],
  ])('%s counts from the count store', async (name, want) => {
    const ops = await plan(name, { afterId: '', limit: int(21) });
    for (const op of want) expect(ops, ops.join(' > ')).toContain(op);
    expect(ops.filter((o) => o.includes('Scan') || o === 'Expand(All)')).toEqual([]);
  });

  it('reaches a subset of relation types by expanding from the entity, not by scanning relationships', async () => {
    const ops = await plan('generated/relations-of-entities', {
      ids: ['e-1'],
      types: ['ORGANIZED_BY'],
      allTypes: false,
      direction: 'BOTH',
      afterType: '',
      afterId: '',
      limit: int(21),
    });
    expect(ops.some((o) => o.startsWith('Expand') || o.startsWith('OptionalExpand'))).toBe(true);
  });
});
