import {
  buildSchema,
  type GraphQLInterfaceType,
  type GraphQLObjectType,
  getNamedType,
  isInterfaceType,
  isLeafType,
  isNonNullType,
  isObjectType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cypher, type Statement } from '../../src/db/cypher.js';
import { int, type Row } from '../../src/db/executor.js';
import { LIMITS } from '../../src/graphql/limits.js';
import { loadTypeDefs } from '../../src/graphql/schema.js';
import { PATHS_SHORTEST, pathsStatement } from '../../src/services/explore.js';
import { HUB_DEGREE } from '../../src/services/hubs.js';
import { statementsDuring } from '../support/db.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { seededApi } from './fixture.js';

const api = seededApi();
const gql = <T>(q: string, v?: Record<string, unknown>) => api.server.gql<T>(q, v);

interface Conn<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
  totalCount: number;
}

describe('lookup', () => {
  it('returns an entity with its typed fields, citations and statistics', async () => {
    const id = await api.idOf('模速空间');
    const r = await gql<{ entity: Record<string, unknown> }>(
      `query($id: ID!) { entity(id: $id) { id kind name nameEn aliases degree description origin
         citations { quote start end sentence document { id title } }
         ... on Park { focus district { name } } } }`,
      { id },
    );
    expect(r.errors).toBeUndefined();
    const e = r.data?.entity as {
      kind: string;
      degree: number;
      citations: { quote: string; start: number; end: number; sentence: string }[];
      district: { name: string } | null;
      focus: string[];
      origin: string;
    };
    expect(e.kind).toBe('Park');
    expect(e.degree).toBeGreaterThan(0);
    expect(e.citations.length).toBeGreaterThan(0);
    expect(e.citations[0]?.sentence).toContain(e.citations[0]?.quote.replace(/\s+/g, '').slice(0, 2));
    expect(e.district?.name).toBe('徐汇');
    expect(e.focus.length).toBeGreaterThan(0);
    expect(e.origin).toBe('seed');
  });

  it('gives null for an unknown id, without an error', async () => {
    const r = await gql<{ entity: null; node: null }>(
      '{ entity(id: "no-such-thing") { id } node(id: "nope") { id } }',
    );
    expect(r.errors).toBeUndefined();
    expect(r.data).toEqual({ entity: null, node: null });
  });

  it('resolves node(id) for every kind of node', async () => {
    const entityId = await api.idOf('青龙');
    const rel = await gql<{ entity: { relations: Conn<{ id: string }> } }>(
      'query($id: ID!) { entity(id: $id) { relations(first: 1) { edges { node { id } } } } }',
      { id: entityId },
    );
    const relationId = rel.data?.entity.relations.edges[0]?.node.id;
    const stat = await gql<{ statistics: Conn<{ id: string }> }>(
      '{ statistics(first: 1) { edges { node { id } } } }',
    );
    const statId = stat.data?.statistics.edges[0]?.node.id;
    const docs = await gql<{ documents: { id: string }[] }>('{ documents { id } }');
    const docId = docs.data?.documents[0]?.id;
    const r = await gql<{ nodes: { __typename: string; id: string }[] }>(
      'query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }',
      { ids: [entityId, relationId, statId, docId] },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data?.nodes.map((n) => n.__typename)).toEqual(['Robot', 'Relation', 'Statistic', 'Document']);
  });

  it('serves the document with publisher, author and raw text', async () => {
    const r = await gql<{
      documents: {
        title: string;
        publisher: { name: string };
        author: { name: string };
        text: string;
        notes: string[];
      }[];
    }>('{ documents { title publisher { name } author { name } text notes } }');
    const d = r.data?.documents[0];
    expect(d?.publisher.name).toBe('青年报');
    expect(d?.author.name).toBe('陈嘉音');
    expect(d?.text).toContain('模速空间');
    expect(d?.notes.length).toBeGreaterThan(0);
  });
});

describe('entities', () => {
  it('pages through every entity with keyset cursors, no gaps or repeats', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let i = 0; i < 100; i++) {
      const r: { data?: { entities: Conn<{ id: string }> } } = await gql<{ entities: Conn<{ id: string }> }>(
        'query($after: String) { entities(first: 17, after: $after) { edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } totalCount } }',
        { after },
      );
      const page = r.data?.entities as Conn<{ id: string }>;
      total = page.totalCount;
      seen.push(...page.edges.map((e) => e.node.id));
      expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
      expect(page.pageInfo.endCursor).toBe(page.edges.at(-1)?.cursor ?? null);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBe(total);
    expect(total).toBeGreaterThan(50);
  });

  it('pages through several kinds in one name order, each kind seeked separately and merged', async () => {
    const q =
      'query($after: String, $first: Int) { entities(kinds: [Organization, Event], first: $first, after: $after) { edges { node { id kind } } pageInfo { hasNextPage endCursor } totalCount } }';
    type Page = { entities: Conn<{ id: string; kind: string }> };
    const whole = (await gql<Page>(q, { first: 100 })).data?.entities;
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 20; i++) {
      const page: Page['entities'] | undefined = (await gql<Page>(q, { first: 9, after })).data?.entities;
      seen.push(...(page?.edges.map((e) => e.node.id) ?? []));
      if (!page?.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    // Counts from seed/README.md: 36 organizations and 27 events.
    expect(whole?.totalCount).toBe(63);
    expect(seen).toEqual(whole?.edges.map((e) => e.node.id));
    expect(new Set(whole?.edges.map((e) => e.node.kind))).toEqual(new Set(['Organization', 'Event']));
  });

  it('counts kinds alone from their labels and filtered kinds by seeking them; a kind named twice counts once', async () => {
    const q = `query($where: EntityFilter) { entities(kinds: [Organization, Event, Organization], where: $where, first: 100) {
      totalCount edges { node { id } } } }`;
    type Page = { entities: Conn<{ id: string }> };
    const truth = async (categories: string[] | null) => {
      const [row] = await api.db.executor.read(
        {
          name: 'test/kind-count',
          text: 'MATCH (n:Entity) WHERE n.kind IN $kinds AND ($categories IS NULL OR n.category IN $categories) RETURN count(n) AS n',
        },
        { kinds: ['Organization', 'Event'], categories },
      );
      return Number(row?.n);
    };
    const plain = await statementsDuring(api.db.executor, () => gql<Page>(q, {}));
    expect(plain.result.errors).toBeUndefined();
    const page = plain.result.data?.entities;
    expect(page?.totalCount).toBe(await truth(null));
    expect(page?.edges.length).toBe(page?.totalCount);
    expect(new Set(page?.edges.map((e) => e.node.id)).size).toBe(page?.edges.length);
    expect(plain.sent).toContain('generated/entity-kind-counts');
    expect(plain.sent).not.toContain('entities/count-by-kinds');

    const filtered = await statementsDuring(api.db.executor, () =>
      gql<Page>(q, { where: { categories: ['GOVERNMENT'] } }),
    );
    expect(filtered.result.data?.entities.totalCount).toBe(await truth(['GOVERNMENT']));
    expect(filtered.sent).toContain('entities/count-by-kinds');
    expect(filtered.sent).not.toContain('generated/entity-kind-counts');
  });

  it('filters by kind, category and name prefix', async () => {
    const r = await gql<{ entities: Conn<{ kind: string; category?: string }> }>(
      '{ entities(kinds: [Organization], where: { categories: [GOVERNMENT] }, first: 100) { totalCount edges { node { kind ... on Organization { category } } } } }',
    );
    expect(r.errors).toBeUndefined();
    expect(r.data?.entities.totalCount).toBeGreaterThanOrEqual(10);
    expect(
      r.data?.entities.edges.every((e) => e.node.kind === 'Organization' && e.node.category === 'GOVERNMENT'),
    ).toBe(true);
    const p = await gql<{ entities: Conn<{ name: string }> }>(
      '{ entities(where: { namePrefix: "模速" }) { edges { node { name } } } }',
    );
    expect(p.data?.entities.edges.map((e) => e.node.name)).toContain('模速空间');
  });

  it('rejects bad paging arguments with BAD_USER_INPUT naming them', async () => {
    const cases: [string, string][] = [
      ['{ entities(first: 101) { totalCount } }', '"first"'],
      ['{ entities(first: -1) { totalCount } }', '"first"'],
      ['{ entities(after: "garbage!") { totalCount } }', '"after"'],
      ['{ entities(after: "bm90LWpzb24") { totalCount } }', '"after"'],
      ['{ relations(first: 500) { totalCount } }', '"first"'],
    ];
    for (const [q, arg] of cases) {
      const r = await gql(q);
      expect(r.status).toBe(200);
      expect(r.errors?.[0]?.extensions?.code, q).toBe('BAD_USER_INPUT');
      expect(r.errors?.[0]?.message, q).toContain(arg);
    }
  });
});

describe('relations', () => {
  it("pages an entity's relations by type and direction, with the far end", async () => {
    const id = await api.idOf('青龙');
    const r = await gql<{
      entity: {
        relations: Conn<{ type: string; source: { id: string } }> & {
          edges: { direction: string; other: { id: string } }[];
        };
      };
    }>(
      `query($id: ID!) { entity(id: $id) { relations(direction: OUTGOING, first: 50) { totalCount edges { cursor direction other { id name } node { id type source { id } target { id } modality citations { quote } } } } } }`,
      { id },
    );
    expect(r.errors).toBeUndefined();
    const edges = r.data?.entity.relations.edges ?? [];
    expect(edges.length).toBeGreaterThan(0);
    for (const e of edges) {
      expect(e.direction).toBe('OUTGOING');
      expect((e.node as unknown as { source: { id: string } }).source.id).toBe(id);
      expect(e.other.id).not.toBe(id);
    }
    const types = await gql<{ entity: { relations: Conn<{ type: string }> } }>(
      'query($id: ID!) { entity(id: $id) { relations(types: [OPEN_SOURCED_BY]) { edges { node { type } } } } }',
      { id },
    );
    expect(types.data?.entity.relations.edges.map((e) => e.node.type)).toEqual(['OPEN_SOURCED_BY']);
  });

  it('counts the relations it pages, for every direction, with all types or some', async () => {
    const q =
      'query($id: ID!, $d: Direction, $t: [RelationType!]) { entity(id: $id) { degree relations(direction: $d, types: $t, first: 100) { totalCount edges { direction node { type } } } } }';
    type R = {
      entity: {
        degree: number;
        relations: { totalCount: number; edges: { direction: string; node: { type: string } }[] };
      };
    };
    const totals: Record<string, number> = {};
    for (const t of [null, ['FOCUSES_ON', 'PART_OF', 'ORGANIZED_BY']]) {
      for (const d of ['OUTGOING', 'INCOMING', 'BOTH']) {
        const r = await gql<R>(q, { id: 'waic-2025', d, t });
        expect(r.errors).toBeUndefined();
        const rel = r.data?.entity.relations;
        expect(rel?.totalCount, `${d} ${t}`).toBe(rel?.edges.length);
        if (d !== 'BOTH') expect(rel?.edges.every((e) => e.direction === d)).toBe(true);
        if (t) expect(rel?.edges.every((e) => t.includes(e.node.type))).toBe(true);
        totals[`${d} ${t ? 'some' : 'all'}`] = rel?.totalCount ?? -1;
        if (!t && d === 'BOTH') expect(rel?.totalCount).toBe(r.data?.entity.degree);
      }
    }
    const n = (k: string) => totals[k] ?? Number.NaN;
    expect(n('OUTGOING all') + n('INCOMING all')).toBe(n('BOTH all'));
    expect(n('OUTGOING some') + n('INCOMING some')).toBe(n('BOTH some'));
    expect(n('BOTH some')).toBeGreaterThan(0);
    expect(n('BOTH some')).toBeLessThan(n('BOTH all'));
  });

  it('pages every relation at the root without gaps', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let i = 0; i < 100; i++) {
      const r: { data?: { relations: Conn<{ id: string }> } } = await gql<{
        relations: Conn<{ id: string }>;
      }>(
        'query($after: String) { relations(first: 37, after: $after) { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } }',
        { after },
      );
      const page = r.data?.relations as Conn<{ id: string }>;
      total = page.totalCount;
      seen.push(...page.edges.map((e) => e.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    const stats = await gql<{ graphStats: { relations: number } }>('{ graphStats { relations } }');
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBe(total);
    expect(total).toBe(stats.data?.graphStats.relations);
  });

  it('lists the relations between two entities and words them', async () => {
    const a = await api.idOf('青龙');
    const r = await gql<{ entity: { relations: { edges: { other: { id: string } }[] } } }>(
      'query($id: ID!) { entity(id: $id) { relations(first: 1) { edges { other { id } } } } }',
      { id: a },
    );
    const b = r.data?.entity.relations.edges[0]?.other.id as string;
    const between = await gql<{ relationsBetween: { id: string; explanation: string; en: string }[] }>(
      'query($a: ID!, $b: ID!) { relationsBetween(a: $a, b: $b) { id explanation en: explanation(lang: EN) } }',
      { a, b },
    );
    expect(between.data?.relationsBetween.length).toBeGreaterThan(0);
    expect(between.data?.relationsBetween[0]?.explanation).toContain('青龙');
    expect(between.data?.relationsBetween[0]?.en).toMatch(/Qinglong/i);
  });
});

describe('statistics and provenance', () => {
  it('lists statistics of a subject with their citations', async () => {
    const r = await gql<{
      statistics: Conn<{
        metric: string;
        statedAs: string;
        subject: { id: string };
        citations: { quote: string }[];
      }>;
    }>(
      '{ statistics(first: 100) { totalCount edges { node { id metric value unit statedAs qualifier period isForecast subject { id } citations { quote start end } } } } }',
    );
    expect(r.errors).toBeUndefined();
    const stats = r.data?.statistics;
    expect(stats?.totalCount).toBeGreaterThan(30);
    for (const e of stats?.edges ?? []) expect(e.node.citations.length).toBeGreaterThan(0);
    const subject = stats?.edges[0]?.node.subject.id as string;
    const of = await gql<{ statistics: Conn<{ subject: { id: string } }> }>(
      'query($s: ID!) { statistics(subject: $s, first: 100) { edges { node { subject { id } } } } }',
      { s: subject },
    );
    expect(of.data?.statistics.edges.every((e) => e.node.subject.id === subject)).toBe(true);
  });

  it('filters statistics by subject, metric or both, each total counting what its pages hold', async () => {
    const all = await gql<{ statistics: Conn<{ metric: string; subject: { id: string } }> }>(
      '{ statistics(first: 100) { totalCount edges { node { metric subject { id } } } } }',
    );
    const every = all.data?.statistics.edges.map((e) => e.node) ?? [];
    expect(all.data?.statistics.totalCount).toBe(every.length);
    const metric = every[0]?.metric as string;
    const subject = every.find((x) => x.metric === metric)?.subject.id as string;
    const cases: [Record<string, string>, (x: (typeof every)[number]) => boolean][] = [
      [{ subject }, (x) => x.subject.id === subject],
      [{ metric }, (x) => x.metric === metric],
      [{ subject, metric }, (x) => x.subject.id === subject && x.metric === metric],
      [{ subject: 'no-such-entity' }, () => false],
    ];
    for (const [args, keep] of cases) {
      const want = every.filter(keep);
      const seen: string[] = [];
      let after: string | null = null;
      let total = -1;
      for (let i = 0; i < 50; i++) {
        const r: { data?: { statistics: Conn<{ id: string; metric: string; subject: { id: string } }> } } =
          await gql(
            `query($subject: ID, $metric: String, $after: String) { statistics(subject: $subject, metric: $metric, first: 2, after: $after) {
              totalCount edges { node { id metric subject { id } } } pageInfo { hasNextPage endCursor } } }`,
            { ...args, after },
          );
        const page = r.data?.statistics;
        total = page?.totalCount ?? -1;
        for (const e of page?.edges ?? []) {
          expect(keep(e.node), JSON.stringify(args)).toBe(true);
          seen.push(e.node.id);
        }
        if (!page?.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      expect(total, JSON.stringify(args)).toBe(want.length);
      expect(seen.length, JSON.stringify(args)).toBe(want.length);
    }
  });

  it('pages every citation, and each points at its quote in the document text', async () => {
    const docs = await gql<{ documents: { id: string; text: string }[] }>('{ documents { id text } }');
    const text = new Map(docs.data?.documents.map((d) => [d.id, d.text]));
    let after: string | null = null;
    let n = 0;
    for (let i = 0; i < 100; i++) {
      const r: {
        data?: { citations: Conn<{ quote: string; start: number; end: number; document: { id: string } }> };
      } = await gql(
        'query($after: String) { citations(first: 100, after: $after) { edges { node { quote start end document { id } } } pageInfo { hasNextPage endCursor } } }',
        { after },
      );
      const page = r.data?.citations;
      for (const e of page?.edges ?? []) {
        const raw = text.get(e.node.document.id)?.slice(e.node.start, e.node.end) ?? '';
        expect(raw.replace(/\s+/g, '')).toBe(e.node.quote.replace(/\s+/g, ''));
        n++;
      }
      if (!page?.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(n).toBeGreaterThan(100);
  });

  it('counts the graph by kind and relation type', async () => {
    const r = await gql<{
      graphStats: {
        entities: number;
        relations: number;
        byKind: { kind: string; count: number }[];
        byRelationType: { count: number }[];
        datasetVersion: string;
      };
    }>(
      '{ graphStats { entities relations statistics citations byKind { kind count } byRelationType { type count } datasetVersion } }',
    );
    const s = r.data?.graphStats;
    // Grouped the slow way, by property and by type, against the service's label and type counts.
    const grouped = async (text: string) =>
      (await api.db.executor.read({ name: 'test/grouped', text })).map((row) => ({
        ...row,
        count: Number(row.count),
      }));
    expect(s?.byKind).toEqual(
      await grouped(
        'MATCH (n:Entity) WITH n.kind AS kind, count(*) AS count ORDER BY kind RETURN kind, count',
      ),
    );
    expect(s?.byRelationType).toEqual(
      await grouped(
        'MATCH ()-[r]->() WITH type(r) AS type, count(*) AS count ORDER BY type RETURN type, count',
      ),
    );
    expect(s?.byKind.reduce((a, k) => a + k.count, 0)).toBe(s?.entities);
    expect(s?.byRelationType.reduce((a, k) => a + k.count, 0)).toBe(s?.relations);
    expect(s?.datasetVersion).toMatch(/^[0-9a-f]{12}$/);
  });

  it('serves the vocabularies', async () => {
    const r = await gql<{
      relationTypes: { type: string; forwardZh: string; count: number }[];
      metrics: { name: string }[];
    }>(
      '{ relationTypes { type forwardZh backwardEn symmetric sourceKinds targetKinds count } metrics { name description unit } }',
    );
    expect(r.errors).toBeUndefined();
    expect(r.data?.relationTypes.find((t) => t.type === 'ORGANIZED_BY')?.count).toBeGreaterThanOrEqual(10);
    expect(r.data?.metrics.length).toBeGreaterThan(10);
  });
});

describe('neighbourhoods and paths', () => {
  it('draws a neighbourhood breadth-first within its limit', async () => {
    const id = await api.idOf('模速空间');
    const q = `query($id: ID!, $d: Int, $l: Int) { neighborhood(id: $id, depth: $d, limit: $l) {
      nodes { id } relations { id source { id } target { id } } truncated } }`;
    const one = await gql<{
      neighborhood: {
        nodes: { id: string }[];
        relations: { source: { id: string }; target: { id: string } }[];
        truncated: boolean;
      };
    }>(q, { id, d: 1, l: 200 });
    const n1 = one.data?.neighborhood;
    expect(n1?.nodes[0]?.id).toBe(id);
    const ids = new Set(n1?.nodes.map((n) => n.id));
    for (const r of n1?.relations ?? []) {
      expect(ids.has(r.source.id) && ids.has(r.target.id)).toBe(true);
    }
    const two = await gql<{ neighborhood: { nodes: unknown[] } }>(q, { id, d: 2, l: 200 });
    expect(two.data?.neighborhood.nodes.length).toBeGreaterThan(n1?.nodes.length ?? 0);
    const capped = await gql<{ neighborhood: { nodes: unknown[]; truncated: boolean } }>(q, {
      id,
      d: 3,
      l: 5,
    });
    expect(capped.data?.neighborhood.nodes.length).toBeLessThanOrEqual(5);
    expect(capped.data?.neighborhood.truncated).toBe(true);
  });

  it('returns the relations its walk crossed: all of the centre at depth 1, every entity reached at depth 2 and 3', async () => {
    const id = 'waic-2025';
    type Sub = {
      entity: { degree: number };
      neighborhood: {
        nodes: { id: string }[];
        relations: { id: string; source: { id: string }; target: { id: string } }[];
        truncated: boolean;
      };
    };
    const q = `query($id: ID!, $d: Int) { entity(id: $id) { degree }
      neighborhood(id: $id, depth: $d, limit: 1000) { nodes { id } relations { id source { id } target { id } } truncated } }`;
    for (const d of [1, 2, 3]) {
      const r = await gql<Sub>(q, { id, d });
      expect(r.errors).toBeUndefined();
      const sub = r.data?.neighborhood;
      const rels = sub?.relations ?? [];
      expect(new Set(rels.map((x) => x.id)).size, `depth ${d}: no relation twice`).toBe(rels.length);
      if (d === 1) expect(rels.length).toBe(r.data?.entity.degree);
      // Every entity is reached from the centre through the returned relations.
      const reached = new Set([id]);
      for (let grew = true; grew; ) {
        grew = false;
        for (const x of rels) {
          for (const [a, b] of [
            [x.source.id, x.target.id],
            [x.target.id, x.source.id],
          ] as const) {
            if (reached.has(a) && !reached.has(b)) {
              reached.add(b);
              grew = true;
            }
          }
        }
      }
      expect([...reached].sort(), `depth ${d}`).toEqual(sub?.nodes.map((n) => n.id).sort());
    }
  });

  it('finds shortest paths and explains them in Chinese and English', async () => {
    const from = await api.idOf('青龙');
    const to = await api.idOf('上海');
    const r = await gql<{
      paths: {
        length: number;
        nodes: { id: string }[];
        relations: { id: string }[];
        zh: string;
        en: string;
      }[];
    }>(
      'query($f: ID!, $t: ID!) { paths(from: $f, to: $t, maxHops: 6, first: 3) { length nodes { id name } relations { id type } zh: explanation en: explanation(lang: EN) } }',
      { f: from, t: to },
    );
    expect(r.errors).toBeUndefined();
    const paths = r.data?.paths ?? [];
    expect(paths.length).toBeGreaterThan(0);
    expect(paths[0]?.nodes[0]?.id).toBe(from);
    expect(paths[0]?.nodes.at(-1)?.id).toBe(to);
    expect(paths[0]?.relations.length).toBe(paths[0]?.length);
    expect(paths[0]?.zh).toContain('青龙');
    expect(paths.map((p) => p.length)).toEqual([...paths.map((p) => p.length)].sort((a, b) => a - b));
  });

  it('asks Neo4j for only as many paths as first needs, in an order the same graph repeats', async () => {
    expect(PATHS_SHORTEST.at(-1)).toBe(LIMITS.pathsFirst);
    expect([1, 2, 3, 4, 10].map((first) => pathsStatement(4, first))).toEqual([
      'generated/paths-hops-4-shortest-1',
      'generated/paths-hops-4-shortest-3',
      'generated/paths-hops-4-shortest-3',
      'generated/paths-hops-4-shortest-10',
      'generated/paths-hops-4-shortest-10',
    ]);
    type Way = { length: number; relations: { id: string }[] };
    const ask = async (first: number) => {
      const { result, sent } = await statementsDuring(api.db.executor, () =>
        gql<{ paths: Way[] }>(
          `{ paths(from: "waic-2025-track-innovation-incubation", to: "shanghai", maxHops: 4, first: ${first}) { length relations { id } } }`,
        ),
      );
      expect(result.errors).toBeUndefined();
      return { paths: result.data?.paths ?? [], sent };
    };
    const two = await ask(2);
    const three = await ask(3);
    expect(two.sent).toEqual(['generated/paths-hops-4-shortest-3']);
    // Three ways of 2 and 3 hops, two of them of equal length: ties come in their relations' id order.
    expect(three.paths.map((p) => p.length)).toEqual([2, 3, 3]);
    const key = (p: Way) => p.relations.map((r) => r.id).join(' ');
    expect(key(three.paths[1] as Way) < key(three.paths[2] as Way)).toBe(true);
    expect(two.paths).toEqual(three.paths.slice(0, 2));
    expect((await ask(3)).paths).toEqual(three.paths);
  });

  it('searches from a hub at the far end and still answers from → to', async () => {
    // No seed entity is a hub, so one is made in a transaction that is rolled back: 301 leaves on a new entity,
    // which is linked to 上海 and so reachable from 2025世界人工智能大会 (waic-2025 -HELD_IN-> shanghai).
    const hub = 'test-paths-hub';
    const make: Statement = {
      name: 'test/paths-hub',
      text: `MATCH (s:Entity {id: 'shanghai'})
        CREATE (h:Node:Entity {id: $hub, kind: 'Organization', name: 'hub'})-[:LOCATED_IN {id: $hub + '-in'}]->(s)
        WITH h UNWIND range(1, $leaves) AS i
        CREATE (:Node:Entity {id: $hub + '-' + i, kind: 'Topic', name: 'leaf'})-[:FOCUSES_ON {id: $hub + '-r' + i}]->(h)`,
    };
    const stmt = cypher(pathsStatement(4, 3));
    const params = (from: string, to: string) => ({
      from,
      to,
      first: int(3),
      entityKeys: null,
      relationKeys: null,
    });
    const rolledBack = new Error('roll back');
    let seen: { towards: Row[]; away: Row[] } | undefined;
    await expect(
      api.db.executor.writeTx(async (tx) => {
        await tx.run(make, { hub, leaves: int(HUB_DEGREE + 1) });
        // Both searches start from the hub: towards it by the turn, away from it as asked. Which end a search
        // starts from shows only in its time (bench/README.md); this checks the turned ways read from → to.
        seen = {
          towards: await tx.run(stmt, params('waic-2025', hub)),
          away: await tx.run(stmt, params(hub, 'waic-2025')),
        };
        throw rolledBack;
      }),
    ).rejects.toBe(rolledBack);
    const ids = (rows: Row[], key: 'nodes' | 'relations') =>
      rows.map((r) => (r[key] as { id: string }[]).map((x) => x.id));
    const towards = ids(seen?.towards ?? [], 'nodes');
    expect(towards.length).toBeGreaterThan(0);
    for (const way of towards) {
      expect(way[0]).toBe('waic-2025');
      expect(way.at(-1)).toBe(hub);
    }
    // Every relation joins the two entities on either side of it, in the order the way is read.
    for (const r of seen?.towards ?? []) {
      const nodes = (r.nodes as { id: string }[]).map((n) => n.id);
      (r.relations as { sourceId: string; targetId: string }[]).forEach((rel, i) => {
        expect([rel.sourceId, rel.targetId].sort()).toEqual([nodes[i], nodes[i + 1]].sort());
      });
    }
    // The same ways, read in opposite directions.
    const turned = (rows: Row[], key: 'nodes' | 'relations') =>
      ids(rows, key)
        .map((way) => [...way].reverse().join(' '))
        .sort();
    const read = (rows: Row[], key: 'nodes' | 'relations') =>
      ids(rows, key)
        .map((way) => way.join(' '))
        .sort();
    expect(read(seen?.towards ?? [], 'nodes')).toEqual(turned(seen?.away ?? [], 'nodes'));
    expect(read(seen?.towards ?? [], 'relations')).toEqual(turned(seen?.away ?? [], 'relations'));
    expect(await api.db.executor.read(cypher('entities/by-ids'), { ids: [hub] })).toEqual([]);
  });

  it('enforces depth, limit, maxHops and first bounds', async () => {
    const cases: [string, string][] = [
      ['{ neighborhood(id: "x", depth: 4) { truncated } }', '"depth"'],
      ['{ neighborhood(id: "x", limit: 1001) { truncated } }', '"limit"'],
      ['{ paths(from: "a", to: "b", maxHops: 7) { length } }', '"maxHops"'],
      ['{ paths(from: "a", to: "b", first: 11) { length } }', '"first"'],
      ['{ nodes(ids: [' + Array.from({ length: 101 }, (_, i) => `"${i}"`).join(',') + ']) { id } }', '"ids"'],
    ];
    for (const [q, arg] of cases) {
      const r = await gql(q);
      expect(r.errors?.[0]?.extensions?.code, q).toBe('BAD_USER_INPUT');
      expect(r.errors?.[0]?.message, q).toContain(arg);
    }
  });
});

describe('neighbourhood projection', () => {
  // Every field of every entity type and of Relation, as a selection: scalars by name, objects by their id
  // (or __typename when they have none), so a field the projection forgets to fetch shows up as a difference.
  const schema = buildSchema(loadTypeDefs());
  const selectionOf = (type: GraphQLObjectType, leaves = false) =>
    Object.values(type.getFields())
      .filter((f) => f.args.every((a) => !isNonNullType(a.type) || a.defaultValue !== undefined))
      .filter((f) => !leaves || isLeafType(getNamedType(f.type)))
      .map((f) => {
        const t = getNamedType(f.type);
        if (isLeafType(t)) return f.name;
        return isObjectType(t) || isInterfaceType(t)
          ? `${f.name} { __typename ${'id' in t.getFields() ? 'id' : ''} }`
          : `${f.name} { __typename }`;
      })
      .join(' ');
  const entityTypes = (leaves: boolean) =>
    schema
      .getPossibleTypes(schema.getType('Entity') as GraphQLInterfaceType)
      .map((t) => `... on ${t.name} { ${selectionOf(t, leaves)} }`)
      .join('\n');
  const relation = (leaves: boolean) => selectionOf(schema.getType('Relation') as GraphQLObjectType, leaves);
  const fragments = `fragment E on Entity { ${entityTypes(false)} } fragment R on Relation { ${relation(false)} }`;
  // Scalars only below a relation page: every nested list there would be thousands of fields.
  const leafFragments = `fragment E on Entity { ${entityTypes(true)} } fragment R on Relation { ${relation(true)} }`;
  type Sub = { nodes: { id: string }[]; relations: { id: string }[] };
  const byId = <T extends { id: string }>(xs: T[]) => [...xs].sort((a, b) => (a.id < b.id ? -1 : 1));

  // Every field of every type below a relation page is over the cost limit: a server without one.
  let roomy: TestServer;
  beforeAll(async () => {
    roomy = await startTestServer(api.db.executor, { limits: { maxCost: Number.MAX_SAFE_INTEGER } });
  });
  afterAll(async () => roomy?.close());

  it('answers every entity and relation field as the whole entity and relation do', async () => {
    // Around an entity of every kind, so every type's own fields are compared.
    const kinds = await gql<{ graphStats: { byKind: { kind: string }[] } }>(
      '{ graphStats { byKind { kind } } }',
    );
    expect(kinds.data?.graphStats.byKind.length).toBeGreaterThan(10);
    const sub: Sub = { nodes: [], relations: [] };
    const pages: Sub = { nodes: [], relations: [] };
    const ways: Sub = { nodes: [], relations: [] };
    for (const { kind } of kinds.data?.graphStats.byKind ?? []) {
      const r = await gql<{ entities: { edges: { node: { id: string } }[] } }>(
        'query($k: EntityKind!) { entities(kinds: [$k], first: 1) { edges { node { id } } } }',
        { k: kind },
      );
      const centre = r.data?.entities.edges[0]?.node.id;
      const n = await gql<{ neighborhood: Sub }>(
        `query($id: ID!) { neighborhood(id: $id, depth: 1) { nodes { ...E } relations { ...R } } } ${fragments}`,
        { id: centre },
      );
      expect(n.errors).toBeUndefined();
      expect(n.data?.neighborhood.nodes[0]).toMatchObject({ id: centre, kind });
      sub.nodes.push(...(n.data?.neighborhood.nodes ?? []));
      sub.relations.push(...(n.data?.neighborhood.relations ?? []));
      // An entity's relation page projects its relations and far ends the same way.
      const page = await roomy.gql<{
        entity: { relations: { edges: { node: { id: string }; other: { id: string } }[] } };
      }>(
        `query($id: ID!) { entity(id: $id) { relations(first: 50) { edges { node { ...R } other { ...E } } } } } ${leafFragments}`,
        { id: centre },
      );
      expect(page.errors).toBeUndefined();
      for (const e of page.data?.entity.relations.edges ?? []) {
        pages.nodes.push(e.other);
        pages.relations.push(e.node);
      }
      // Paths (here to the conference, the best-connected entity) project the same way.
      if (centre !== 'waic-2025') {
        const w = await gql<{ paths: Sub[] }>(
          `query($a: ID!, $b: ID!) { paths(from: $a, to: $b, maxHops: 4, first: 3) { nodes { ...E } relations { ...R } } } ${fragments}`,
          { a: centre, b: 'waic-2025' },
        );
        expect(w.errors).toBeUndefined();
        for (const p of w.data?.paths ?? []) {
          ways.nodes.push(...p.nodes);
          ways.relations.push(...p.relations);
        }
      }
    }
    const whole = async (ids: string[], selection: string) => {
      const out: { id: string }[] = [];
      for (let i = 0; i < ids.length; i += 100) {
        const page = await gql<{ nodes: { id: string }[] }>(
          `query($ids: [ID!]!) { nodes(ids: $ids) { ...E ...R } } ${selection}`,
          { ids: ids.slice(i, i + 100) },
        );
        expect(page.errors).toBeUndefined();
        out.push(...(page.data?.nodes ?? []));
      }
      return out;
    };
    for (const [got, selection] of [
      [sub, fragments],
      [pages, leafFragments],
      [ways, fragments],
    ] as const) {
      expect(got.nodes.length).toBeGreaterThan(10);
      expect(byId(got.nodes)).toEqual(
        byId(
          await whole(
            got.nodes.map((n) => n.id),
            selection,
          ),
        ),
      );
      expect(byId(got.relations)).toEqual(
        byId(
          await whole(
            got.relations.map((x) => x.id),
            selection,
          ),
        ),
      );
    }
  });

  it('reads selections through aliases, fragments, type conditions, @skip and relation ends', async () => {
    const r = await gql<{
      neighborhood: {
        nodes: { id: string; label: string; about?: string | null; fullName?: string | null }[];
        relations: {
          source: { id: string; en: string | null };
          target: { id: string; title?: string | null };
        }[];
      };
    }>(
      `query($skip: Boolean!) { neighborhood(id: "waic-2025", depth: 1) {
         nodes { id label: name ...About ... on Organization { fullName @skip(if: $skip) } }
         relations { source { id en: nameEn } target { id ... on Person { title } } } } }
       fragment About on Entity { about: description }`,
      { skip: false },
    );
    expect(r.errors).toBeUndefined();
    const sub = r.data?.neighborhood;
    const whole = await gql<{ entity: { name: string; description: string | null } }>(
      '{ entity(id: "waic-2025") { name description } }',
    );
    const centre = sub?.nodes.find((n) => n.id === 'waic-2025');
    expect(centre?.label).toBe(whole.data?.entity.name);
    expect(centre?.about).toBe(whole.data?.entity.description);
    expect(centre?.about).toBeTruthy();
    const org = await gql<{ nodes: { id: string; fullName: string | null }[] }>(
      'query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Organization { fullName } } }',
      { ids: sub?.nodes.map((n) => n.id) },
    );
    const fullNames = new Map(org.data?.nodes.map((n) => [n.id, n.fullName]));
    const withFullName = sub?.nodes.filter((n) => n.fullName) ?? [];
    expect(withFullName.length).toBeGreaterThan(0);
    for (const n of withFullName) expect(n.fullName).toBe(fullNames.get(n.id));
    const english = sub?.relations.filter((x) => x.source.en) ?? [];
    expect(english.length).toBeGreaterThan(0);
  });

  it("explains a path from its entities' names even when the request selects none of them", async () => {
    const [from, to] = [await api.idOf('青龙'), 'waic-2025'];
    const ask = (selection: string) =>
      gql<{ paths: { zh: string; en: string }[] }>(
        `query($a: ID!, $b: ID!) { paths(from: $a, to: $b, maxHops: 4, first: 3) { ${selection} zh: explanation en: explanation(lang: EN) } }`,
        { a: from, b: to },
      );
    const bare = await ask('');
    const named = await ask('nodes { id name nameEn } relations { id type }');
    expect(bare.errors).toBeUndefined();
    expect(bare.data?.paths.length).toBeGreaterThan(0);
    expect(bare.data?.paths).toEqual(named.data?.paths.map(({ zh, en }) => ({ zh, en })));
    expect(bare.data?.paths[0]?.zh).toContain('青龙');
    expect(bare.data?.paths[0]?.zh).not.toContain('?');
  });

  it('projects per request: the same document with @include false, then true, gets the field the second time', async () => {
    const q = `query($with: Boolean!) { neighborhood(id: "waic-2025", depth: 1) {
      nodes { id description @include(if: $with) } relations { source { id } } } }`;
    const without = await gql<{ neighborhood: { nodes: { description?: string }[] } }>(q, { with: false });
    expect(without.data?.neighborhood.nodes.every((n) => !('description' in n))).toBe(true);
    const withIt = await gql<{ neighborhood: { nodes: { id: string; description?: string }[] } }>(q, {
      with: true,
    });
    expect(withIt.data?.neighborhood.nodes.find((n) => n.id === 'waic-2025')?.description).toBeTruthy();
  });

  it('never lets a projected entity stand in for a whole one elsewhere in the request', async () => {
    // The centre's own relation page lists the centre as an end: that end must be whole, not the projection
    // (which holds only the id and the relations).
    const page = `id relations(first: 5) { edges { node {
      source { id description nameEn } target { id description nameEn } } } }`;
    const r = await gql<{ neighborhood: { nodes: { id: string }[] }; entity: unknown }>(
      `{ neighborhood(id: "waic-2025", depth: 1) { nodes { ${page} } } }`,
    );
    const whole = await gql<{ entity: unknown }>(`{ entity(id: "waic-2025") { ${page} } }`);
    expect(r.errors).toBeUndefined();
    const centre = r.data?.neighborhood.nodes.find((n) => n.id === 'waic-2025');
    expect(centre).toEqual(whole.data?.entity);
    expect(JSON.stringify(centre)).toContain('"description":"');
    // A far end of a relation page is projected too; its own relation page must not take it for whole.
    const far = await gql<{ entity: { relations: { edges: { other: { id: string } }[] } } }>(
      `{ entity(id: "waic-2025") { relations(first: 3) { edges { other { ${page} } } } } }`,
    );
    expect(far.errors).toBeUndefined();
    for (const { other } of far.data?.entity.relations.edges ?? []) {
      const w = await gql<{ entity: unknown }>(`{ entity(id: "${other.id}") { ${page} } }`);
      expect(other).toEqual(w.data?.entity);
    }
  });
});
