import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cypher } from '../../src/db/cypher.js';
import { int } from '../../src/db/executor.js';
import { loadRows } from '../../src/seed/loader.js';
import { entityRow, relationRow } from '../../src/seed/rows.js';
import { centreWalk } from '../../src/services/explore.js';
import { HUB_DEGREE, HubHints } from '../../src/services/hubs.js';
import { typeFilter, Vocabulary } from '../../src/services/vocabulary.js';
import { statementsDuring, type TestDb, testDb } from '../support/db.js';
import { startTestServer, type TestServer } from '../support/server.js';

const types = [...new Vocabulary().relationTypeNames].sort();
const HUB_RELATIONS = 400;

let db: TestDb;
let server: TestServer;

/**
 * A hub of 400 relations, unevenly spread over the types and both directions, and a small entity next to it. The
 * hub's first types hold few relations, so a page has to reach past them.
 */
beforeAll(async () => {
  db = testDb();
  await db.reset();
  const entities = ['hub', 'small', ...Array.from({ length: 60 }, (_, i) => `leaf-${i}`)].map((id) =>
    entityRow({ id, kind: 'Organization', name: `实体 ${id}`, aliases: [], props: {}, file: 'fixture' }),
  );
  const relations = Array.from({ length: HUB_RELATIONS }, (_, i) => {
    // Type k takes about k times as many relations as the first: the first one, the last ones dozens.
    const k = Math.floor(Math.sqrt((i * types.length * types.length) / HUB_RELATIONS));
    const leaf = `leaf-${(i * 13) % 60}`;
    return relationRow({
      id: `r-${String(i).padStart(4, '0')}`,
      type: types[Math.min(k, types.length - 1)] as never,
      source: i % 3 === 0 ? leaf : 'hub',
      target: i % 3 === 0 ? 'hub' : leaf,
      modality: 'REPORTED',
      props: {},
      file: 'fixture',
    });
  });
  for (let i = 0; i < 10; i++) {
    relations.push(
      relationRow({
        id: `s-${i}`,
        type: types[i % 3] as never,
        source: 'small',
        target: `leaf-${i}`,
        modality: 'REPORTED',
        props: {},
        file: 'fixture',
      }),
    );
  }
  await loadRows(db.executor, { entities, documents: [], statistics: [], citations: [], relations });
  server = await startTestServer(db.executor);
}, 180_000);

afterAll(async () => {
  await server?.close();
  await db?.close();
});

interface PageArgs {
  ids: string[];
  types: string[];
  direction: 'BOTH' | 'OUTGOING' | 'INCOMING';
  limit: number;
  afterType?: string;
  afterId?: string;
  projected?: boolean;
}

const params = (a: PageArgs) => ({
  ids: a.ids,
  types: a.types,
  allTypes: a.types.length === types.length,
  direction: a.direction,
  afterType: a.afterType ?? '',
  afterId: a.afterId ?? '',
  limit: int(a.limit),
  entityKeys: a.projected === false ? null : ['id', 'name', 'degree'],
  relationKeys: a.projected === false ? null : ['when'],
});

async function page(statement: string, a: PageArgs) {
  return (await db.executor.read(cypher(statement), params(a))).map((r) => ({
    id: r.id,
    total: Number(r.total),
    edges: r.edges as [unknown[], unknown[]][],
  }));
}

/** Every page of the hub through both statements, following the keyset cursor to the end. */
async function walkBoth(a: PageArgs): Promise<number> {
  let after = { afterType: '', afterId: '' };
  let seen = 0;
  for (;;) {
    const walk = await page('generated/relations-of-entities', { ...a, ...after });
    const hub = await page('generated/relations-of-hubs', { ...a, ...after });
    expect(hub, JSON.stringify(after)).toEqual(walk);
    const edges = walk[0]?.edges ?? [];
    seen += edges.length;
    const last = edges.at(-1);
    if (!last || edges.length < a.limit) return seen;
    after = { afterType: String(last[0][1]), afterId: String(last[0][0]) };
  }
}

describe('relation pages of a hub', () => {
  const subset = [types[0], types[5], types[20]] as string[];
  const cases: [string, PageArgs][] = [];
  for (const direction of ['BOTH', 'OUTGOING', 'INCOMING'] as const) {
    cases.push([`${direction}, every type`, { ids: ['hub'], types, direction, limit: 21 }]);
    cases.push([`${direction}, three types`, { ids: ['hub'], types: subset, direction, limit: 8 }]);
  }

  it.each(cases)('answer as the walk does, page after page: %s', async (_, a) => {
    const seen = await walkBoth(a);
    const [first] = await page('generated/relations-of-entities', a);
    expect(seen).toBe(first?.total);
    expect(seen).toBeGreaterThan(0);
  });

  it('answer as the walk does with whole maps and a batch mixing a hub, a small entity and an unknown id', async () => {
    const a: PageArgs = {
      ids: ['hub', 'small', 'nobody'],
      types,
      direction: 'BOTH',
      limit: 21,
      projected: false,
    };
    const walk = await page('generated/relations-of-entities', a);
    expect(walk.map((r) => [r.id, r.total])).toEqual([
      ['hub', HUB_RELATIONS],
      ['small', 10],
    ]);
    expect(await page('generated/relations-of-hubs', a)).toEqual(walk);
    // A cursor inside a type: the rest of that type comes first, then the next types.
    const mid = (walk[0]?.edges[15] as unknown as { relation: { type: string; id: string } } | undefined)
      ?.relation;
    expect(mid).toBeDefined();
    const after = { afterType: mid?.type, afterId: mid?.id };
    expect(await page('generated/relations-of-hubs', { ...a, ...after })).toEqual(
      await page('generated/relations-of-entities', { ...a, ...after }),
    );
  });

  it('reads a fraction of what the walk reads for a first page', async () => {
    const hits = async (statement: string) => {
      const session = db.driver.session({ database: 'neo4j' });
      try {
        const r = await session.run(
          `PROFILE ${cypher(statement).text}`,
          params({ ids: ['hub'], types, direction: 'BOTH', limit: 21 }),
        );
        const sum = (p: { dbHits: number; children: unknown[] }): number =>
          p.dbHits + (p.children as (typeof p)[]).reduce((n, c) => n + sum(c), 0);
        return r.summary.profile ? sum(r.summary.profile) : Number.NaN;
      } finally {
        await session.close();
      }
    };
    const walk = await hits('generated/relations-of-entities');
    const hub = await hits('generated/relations-of-hubs');
    expect(hub, `${hub} db hits against ${walk}`).toBeLessThan(walk / 3);
  });
});

describe('which statement the service picks', () => {
  const query = `query($id: ID!) { entity(id: $id) { id relations(first: 20) { totalCount
    edges { direction node { id type } other { id name } } } } }`;

  async function requestFor(id: string) {
    const { result, sent } = await statementsDuring(db.executor, () => server.gql(query, { id }));
    expect(result.errors).toBeUndefined();
    return { sent, data: result.data };
  }

  it('walks a hub once, learns it is a hub and then pages it through its counters, with the same answer', async () => {
    const first = await requestFor('hub');
    expect(first.sent).toContain('generated/relations-of-entities');
    const second = await requestFor('hub');
    expect(second.sent).toContain('generated/relations-of-hubs');
    expect(second.sent).not.toContain('generated/relations-of-entities');
    expect(second.data).toEqual(first.data);
  });

  it('keeps walking a small entity', async () => {
    await requestFor('small');
    const again = await requestFor('small');
    expect(again.sent).toContain('generated/relations-of-entities');
    expect(again.sent).not.toContain('generated/relations-of-hubs');
  });
});

describe('the neighbourhood of a hub', () => {
  type Sub = { nodes: { id: string }[]; relations: { id: string }[]; truncated: boolean };
  const hood = async (id: string, depth: number, limit: number) => {
    const r = await server.gql<{ neighborhood: Sub }>(
      'query($id: ID!, $d: Int, $l: Int) { neighborhood(id: $id, depth: $d, limit: $l) { nodes { id } relations { id } truncated } }',
      { id, d: depth, l: limit },
    );
    expect(r.errors).toBeUndefined();
    return r.data?.neighborhood as Sub;
  };

  it('ranks a sample of twice the limit of the centre’s relations, not all of them, and says so', async () => {
    // 9 leaves kept; each has about 7 relations with the hub, which a full walk would return.
    const small = await hood('hub', 1, 10);
    expect(small.nodes).toHaveLength(10);
    expect(small.relations.length).toBeLessThanOrEqual(centreWalk(10));
    expect(small.truncated).toBe(true);
    // Room for every leaf, but the walk stopped at 200 of the 400 relations.
    const half = await hood('hub', 1, 100);
    expect(half.relations).toHaveLength(centreWalk(100));
    expect(half.truncated).toBe(true);
    const whole = await hood('hub', 1, 1000);
    expect(whole.nodes).toHaveLength(61);
    expect(whole.relations).toHaveLength(HUB_RELATIONS);
    expect(whole.truncated).toBe(false);
  });

  it('is truncated when the per-entity cap stops a walk further out, though the limit was not reached', async () => {
    // small → its 10 leaves → the hub → at most 30 of the hub's 400 relations (limit 60).
    const capped = await hood('small', 3, 60);
    expect(capped.nodes.length).toBeLessThan(60);
    expect(capped.truncated).toBe(true);
    const whole = await hood('small', 3, 1000);
    expect(whole.nodes).toHaveLength(62);
    expect(whole.truncated).toBe(false);
  });
});

describe('HubHints', () => {
  it('marks totals above the threshold, unmarks on a whole small total only, and forgets the oldest when full', () => {
    const hints = new HubHints(2);
    hints.observe('a', HUB_DEGREE + 1, true);
    hints.observe('b', HUB_DEGREE, true);
    expect([hints.has('a'), hints.has('b')]).toEqual([true, false]);
    // A filtered total says nothing about the whole degree.
    hints.observe('a', 3, false);
    expect(hints.has('a')).toBe(true);
    hints.observe('a', 3, true);
    expect(hints.has('a')).toBe(false);
    hints.observe('x', 1000, true);
    hints.observe('y', 1000, true);
    hints.observe('z', 1000, true);
    expect([hints.has('x'), hints.has('y'), hints.has('z')]).toEqual([false, true, true]);
  });
});

describe('typeFilter', () => {
  const all = ['A', 'B', 'C'];
  it('sends no type list when every type is asked for, however it was asked', () => {
    expect(typeFilter(all, null)).toEqual({ types: [], allTypes: true });
    expect(typeFilter(all, all)).toEqual({ types: [], allTypes: true });
    expect(typeFilter(all, ['C', 'A', 'B', 'A'])).toEqual({ types: [], allTypes: true });
  });
  it('passes a proper subset on, to be tested', () => {
    expect(typeFilter(all, ['B'])).toEqual({ types: ['B'], allTypes: false });
    expect(typeFilter(all, [])).toEqual({ types: [], allTypes: false });
  });
});
