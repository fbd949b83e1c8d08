import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  contextFor,
  loadSeed,
  type ResolvedGraph,
  validateEntity,
  validateRelation,
  validateStatistic,
} from '../../src/graph/validate.js';
import { projectPath } from '../../src/paths.js';
import { loadSeedDir } from '../../src/seed/loader.js';
import { type TestDb, testDb } from '../support/db.js';
import {
  ADMIN_KEY,
  type AuthServer,
  bearer,
  EDITOR_KEY,
  snapshot,
  startAuthServer,
  tokenFor,
} from './support.js';

const DOC = 'youth-daily-waic-2025';

let db: TestDb;
let api: AuthServer;
let graph: ResolvedGraph;
let editor: string;
let admin: string;

beforeAll(async () => {
  db = testDb();
  await db.reset();
  await loadSeedDir(db.executor);
  const seed = await loadSeed(projectPath('seed'));
  if (!seed.ok) throw new Error('seed invalid');
  graph = seed.graph;
  api = await startAuthServer(db.executor);
  editor = bearer(await tokenFor('editor', 'alice'));
  admin = bearer(await tokenFor('admin', 'root'));
}, 180_000);

afterAll(async () => {
  await api?.close();
  await db?.close();
});

interface Problems {
  extensions?: { code?: string; problems?: { entry: string; reason: string }[] };
}
const reasons = (r: { errors?: Problems[] }) =>
  r.errors?.[0]?.extensions?.problems?.map((p) => p.reason) ?? [];

const UPSERT_ENTITY = `mutation($input: EntityInput!) {
  upsertEntity(input: $input) {
    id kind name aliases origin degree
    citations { id quote start end document { id } }
    ... on Park { focus }
  }
}`;

const UPSERT_RELATION = `mutation($input: RelationInput!) {
  upsertRelation(input: $input) { id type origin source { id } target { id } role citations { id quote } }
}`;

const UPSERT_STATISTIC = `mutation($input: StatisticInput!) {
  upsertStatistic(input: $input) { id metric value unit statedAs qualifier origin subject { id } citations { id quote } }
}`;

const ADD_CITATION = `mutation($input: CitationInput!) { addCitation(input: $input) { id quote start end } }`;

const CHANGES = `query($entity: ID, $first: Int, $after: String) {
  changes(entity: $entity, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id at actor role operation targetId targetType summary before after diff requestId } }
  }
}`;

interface ChangeNode {
  id: string;
  at: string;
  actor: string;
  role: string;
  operation: string;
  targetId: string;
  targetType: string;
  summary: string;
  before: string | null;
  after: string | null;
  diff: string;
  requestId: string | null;
}
type ChangesData = {
  changes: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: ChangeNode }[];
  };
};

async function changesOf(entity: string | null, first = 50) {
  const r = await api.gql<ChangesData>(CHANGES, { entity, first }, editor);
  expect(r.errors).toBeUndefined();
  return r.data?.changes as ChangesData['changes'];
}

const quote = (q: string, occurrence?: number) => ({
  quote: q,
  document: DOC,
  ...(occurrence ? { occurrence } : {}),
});

const newPark = {
  id: 'api-test-park',
  kind: 'Park',
  name: '测试园区',
  nameEn: 'API Test Park',
  aliases: ['测试空间'],
  description: 'A park created through the API by the tests.',
  props: [{ name: 'focus', strings: ['具身智能'] }],
  citations: [quote('“模力社区”瞄准具身智能和垂类应用')],
};

describe('upsertEntity', () => {
  it('creates an entity with origin api, resolved citations, search keys and a change', async () => {
    const r = await api.gql<{ upsertEntity: Record<string, unknown> }>(
      UPSERT_ENTITY,
      { input: newPark },
      editor,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data?.upsertEntity).toMatchObject({
      id: 'api-test-park',
      kind: 'Park',
      name: '测试园区',
      origin: 'api',
      focus: ['具身智能'],
      citations: [
        { id: 'api-test-park#a1', quote: '“模力社区”瞄准具身智能和垂类应用', document: { id: DOC } },
      ],
    });
    // Search keys were written by the loader's row builder: pinyin and aliases find it.
    const s = await api.gql<{ search: { entity: { id: string } }[] }>(
      '{ search(query: "ceshi yuanqu", first: 3) { entity { id } } }',
    );
    expect(s.data?.search.map((h) => h.entity.id)).toContain('api-test-park');
    const stored = await db.executor.read({
      name: 'test/stamp',
      text: "MATCH (n:Entity {id: 'api-test-park'}) RETURN n.origin AS origin, n.updatedBy AS by, n.updatedAt AS at",
    });
    expect(stored[0]).toMatchObject({ origin: 'api', by: 'alice' });
    const changes = await changesOf('api-test-park');
    expect(changes.totalCount).toBe(1);
    const change = changes.edges[0]?.node;
    expect(change).toMatchObject({
      actor: 'alice',
      role: 'EDITOR',
      operation: 'UPSERT_ENTITY',
      targetId: 'api-test-park',
      targetType: 'ENTITY',
      before: null,
      at: stored[0]?.at,
    });
    expect(change?.summary).toMatch(/^created entity api-test-park/);
    expect(JSON.parse(change?.after ?? '{}')).toMatchObject({
      name: '测试园区',
      origin: 'api',
      citations: ['api-test-park#a1'],
    });
    expect(JSON.parse(change?.diff ?? '{}').name).toEqual({ before: null, after: '测试园区' });
  });

  it('is idempotent: the same input again writes nothing and records no change', async () => {
    const before = await snapshot(db.executor);
    const r = await api.gql(UPSERT_ENTITY, { input: newPark }, editor);
    expect(r.errors).toBeUndefined();
    expect(await snapshot(db.executor)).toBe(before);
    expect((await changesOf('api-test-park')).totalCount).toBe(1);
  });

  it('updates in place, adds new quotes to the citations and records the diff', async () => {
    const input = {
      ...newPark,
      description: 'Edited through the API.',
      citations: [...newPark.citations, quote('集聚了AI企业近200家')],
    };
    const r = await api.gql<{ upsertEntity: { citations: { id: string }[] } }>(
      UPSERT_ENTITY,
      { input },
      editor,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data?.upsertEntity.citations.map((c) => c.id)).toEqual(['api-test-park#a1', 'api-test-park#a2']);
    const [latest] = (await changesOf('api-test-park')).edges;
    expect(latest?.node.summary).toBe('updated entity api-test-park: description; 1 citation added');
    expect(JSON.parse(latest?.node.diff ?? '{}')).toEqual({
      citations: { before: ['api-test-park#a1'], after: ['api-test-park#a1', 'api-test-park#a2'] },
      description: {
        before: 'A park created through the API by the tests.',
        after: 'Edited through the API.',
      },
    });
    // An upsert never removes a citation: the same input without the second quote keeps it.
    const again = await api.gql<{ upsertEntity: { citations: { id: string }[] } }>(
      UPSERT_ENTITY,
      { input: { ...input, citations: newPark.citations } },
      editor,
    );
    expect(again.data?.upsertEntity.citations).toHaveLength(2);
  });

  it('refuses with the loader rules and messages, writing nothing', async () => {
    const ctx = contextFor(graph);
    const cases: { input: Record<string, unknown>; entry: Record<string, unknown> }[] = [
      {
        // No quote at all.
        input: { id: 'no-quote', kind: 'Topic', name: '无引文主题' },
        entry: { id: 'no-quote', kind: 'Topic', name: '无引文主题', citations: [] },
      },
      {
        input: { id: 'bad-quote', kind: 'Topic', name: '虚构主题', citations: [quote('这句话不在文中')] },
        entry: { id: 'bad-quote', kind: 'Topic', name: '虚构主题', citations: [quote('这句话不在文中')] },
      },
      {
        // A category on a non-organization, a missing subtype, an unknown field, an ambiguous quote.
        input: {
          id: 'bad-event',
          kind: 'Event',
          category: 'COMPANY',
          name: '坏活动',
          props: [{ name: 'colour', string: 'red' }],
          citations: [quote('涵盖40余款大模型')],
        },
        entry: {
          id: 'bad-event',
          kind: 'Event',
          category: 'COMPANY',
          name: '坏活动',
          colour: 'red',
          citations: [quote('涵盖40余款大模型')],
        },
      },
      {
        input: { id: 'Not A Slug', kind: 'Topic', name: '坏编号', citations: [quote('以徐汇“模速空间”')] },
        entry: { id: 'Not A Slug', kind: 'Topic', name: '坏编号', citations: [quote('以徐汇“模速空间”')] },
      },
    ];
    for (const c of cases) {
      const before = await snapshot(db.executor);
      const r = await api.gql(UPSERT_ENTITY, { input: c.input }, editor);
      expect(r.status).toBe(200);
      expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      const expected = validateEntity(c.entry, ctx, { file: 'api' }).problems.map((p) => p.reason);
      expect(expected.length).toBeGreaterThan(0);
      expect(reasons(r)).toEqual(expected);
      expect(await snapshot(db.executor)).toBe(before);
    }
  });

  it('treats field names like __proto__ or constructor as unknown fields, nothing more', async () => {
    const before = await snapshot(db.executor);
    const r = await api.gql(
      UPSERT_ENTITY,
      {
        input: {
          id: 'proto-probe',
          kind: 'Topic',
          name: '原型探针',
          props: [
            { name: '__proto__', string: 'x' },
            { name: 'constructor', string: 'y' },
          ],
          citations: [quote('以徐汇“模速空间”')],
        },
      },
      editor,
    );
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const rs = reasons(r);
    expect(rs).toHaveLength(2);
    expect(rs[0]).toMatch(/^unknown field __proto__ for a Topic/);
    expect(rs[1]).toMatch(/^unknown field constructor for a Topic/);
    const rel = await api.gql(
      UPSERT_RELATION,
      {
        input: {
          type: 'LOCATED_IN',
          source: 'modelspeed-space',
          target: 'xuhui',
          props: [{ name: 'toString', string: 'x' }],
          citations: [quote('以徐汇“模速空间”')],
        },
      },
      editor,
    );
    expect(reasons(rel)).toEqual(['unknown field toString for LOCATED_IN']);
    expect(await snapshot(db.executor)).toBe(before);
  });

  it('refuses a name another entity answers to, and an id another kind of fact holds', async () => {
    const clash = await api.gql(
      UPSERT_ENTITY,
      { input: { id: 'second-shanghai', kind: 'Topic', name: '申 城', citations: [quote('模塑申城')] } },
      editor,
    );
    expect(reasons(clash)).toEqual(['name or alias "申城" is also a name of shanghai']);
    const taken = await api.gql(
      UPSERT_ENTITY,
      {
        input: {
          id: 'waic-2025-exhibits',
          kind: 'Topic',
          name: '展品主题',
          citations: [quote('以徐汇“模速空间”')],
        },
      },
      editor,
    );
    expect(reasons(taken)).toEqual(['duplicate id waic-2025-exhibits: already used by a statistic']);
  });

  it('refuses a kind change that its relations, statistics or references would not fit', async () => {
    const r = await api.gql(
      UPSERT_ENTITY,
      {
        input: {
          id: 'modelspeed-space',
          kind: 'Topic',
          name: '模速空间',
          citations: [quote('以徐汇“模速空间”')],
        },
      },
      editor,
    );
    const rs = reasons(r);
    expect(rs).toContain('metric CLUSTERED_COMPANIES is about a Park, but modelspeed-space is a Topic');
    expect(
      rs.some((x) => /^wrong kind for LOCATED_IN: modelspeed-space is a Topic and xuhui a Place/.test(x)),
    ).toBe(true);
  });
});

describe('concurrent writes', () => {
  it('validate one after another: two entities racing for one alias, one wins', async () => {
    const racer = (id: string) => ({
      id,
      kind: 'Topic',
      name: `竞速${id.slice(-1)}`,
      aliases: ['同名竞速'],
      citations: [quote('以徐汇“模速空间”')],
    });
    const results = await Promise.all(
      ['racer-a', 'racer-b'].map((id) => api.gql(UPSERT_ENTITY, { input: racer(id) }, editor)),
    );
    const ok = results.filter((r) => !r.errors);
    const refused = results.filter((r) => r.errors);
    expect(ok).toHaveLength(1);
    expect(reasons(refused[0] as { errors?: Problems[] })[0]).toMatch(
      /^name or alias "同名竞速" is also a name of racer-/,
    );
    await api.gql(
      'mutation { a: deleteEntity(id: "racer-a") { deleted } b: deleteEntity(id: "racer-b") { deleted } }',
      {},
      admin,
    );
  });
});

describe('seed loads and API edits', () => {
  it('a seed load, with or without --prune, neither overwrites an API edit nor removes an API-made entity', async () => {
    const edited = {
      id: 'qinglong',
      kind: 'Robot',
      name: '青龙',
      nameEn: 'Qinglong',
      description: 'Edited through the API: a seed load must keep this.',
      props: [
        { name: 'robotType', string: '版机' },
        { name: 'openSource', boolean: true },
      ],
      citations: [quote('国地共建人形机器人创新中心开源版机“青龙”')],
    };
    const r = await api.gql<{ upsertEntity: { origin: string } }>(UPSERT_ENTITY, { input: edited }, editor);
    expect(r.data?.upsertEntity.origin).toBe('api');
    const read = async () =>
      (
        await api.gql<{ entity: { description: string; origin: string } | null }>(
          '{ entity(id: "qinglong") { description origin } park: entity(id: "api-test-park") { id } }',
        )
      ).data;
    const before = await read();
    expect(before?.entity).toEqual({ description: edited.description, origin: 'api' });

    await loadSeedDir(db.executor);
    expect(await read()).toEqual(before);
    await loadSeedDir(db.executor, projectPath('seed'), { prune: true });
    const after = await read();
    expect(after).toEqual(before);
    expect((after as { park?: { id: string } }).park).toEqual({ id: 'api-test-park' });
  });
});

describe('upsertRelation', () => {
  const rel = {
    type: 'LOCATED_IN',
    source: 'api-test-park',
    target: 'pudong',
    props: [{ name: 'role', string: '核心' }],
    citations: [quote('浦东“模力社区”')],
  };

  it('refuses a type-specific field the type does not have, with the loader message', async () => {
    const r = await api.gql(UPSERT_RELATION, { input: rel }, editor);
    const entry = {
      type: 'LOCATED_IN',
      source: 'api-test-park',
      target: 'pudong',
      role: '核心',
      citations: rel.citations,
    };
    const ctx = contextFor(graph);
    ctx.entityKinds.set('api-test-park', 'Park');
    expect(reasons(r)).toEqual(validateRelation(entry, ctx, { file: 'api' }).problems.map((p) => p.reason));
    expect(reasons(r)[0]).toMatch(/^unknown field role for LOCATED_IN/);
  });

  it('creates a relation, idempotently, and records it for both ends', async () => {
    const input = { ...rel, props: [] };
    const r = await api.gql<{ upsertRelation: Record<string, unknown> }>(UPSERT_RELATION, { input }, editor);
    expect(r.errors).toBeUndefined();
    expect(r.data?.upsertRelation).toMatchObject({
      id: 'api-test-park--LOCATED_IN--pudong',
      type: 'LOCATED_IN',
      origin: 'api',
      source: { id: 'api-test-park' },
      target: { id: 'pudong' },
      citations: [{ id: 'api-test-park--LOCATED_IN--pudong#a1', quote: '浦东“模力社区”' }],
    });
    const snap = await snapshot(db.executor);
    await api.gql(UPSERT_RELATION, { input }, editor);
    expect(await snapshot(db.executor)).toBe(snap);
    const [ofPudong] = (await changesOf('pudong')).edges;
    expect(ofPudong?.node).toMatchObject({ operation: 'UPSERT_RELATION', targetType: 'RELATION' });
  });

  it('stores a symmetric relation once, ends in id order', async () => {
    const r = await api.gql<{ upsertRelation: { id: string } }>(
      UPSERT_RELATION,
      {
        input: {
          type: 'CO_HELD_WITH',
          source: 'waic-2025',
          target: 'ai-global-governance-meeting-2025',
          citations: [quote('2025世界人工智能大会暨人工智能全球治理高级别会议将于7月26日至28日在上海举办')],
        },
      },
      editor,
    );
    expect(r.data?.upsertRelation.id).toBe('ai-global-governance-meeting-2025--CO_HELD_WITH--waic-2025');
  });

  it('refuses ends of the wrong kind and dangling ends', async () => {
    const wrong = { type: 'HELD_IN', source: 'qinglong', target: 'shanghai', citations: [quote('模塑申城')] };
    const r = await api.gql(UPSERT_RELATION, { input: wrong }, editor);
    expect(reasons(r)).toEqual(
      validateRelation(wrong, contextFor(graph), { file: 'api' }).problems.map((p) => p.reason),
    );
    const dangling = await api.gql(
      UPSERT_RELATION,
      { input: { ...wrong, type: 'LOCATED_IN', source: 'nowhere-park' } },
      editor,
    );
    expect(reasons(dangling)).toEqual(['dangling source nowhere-park (no such entity)']);
  });
});

describe('upsertStatistic', () => {
  const stat = {
    id: 'api-test-park-companies',
    subject: 'api-test-park',
    metric: 'CLUSTERED_COMPANIES',
    value: 200,
    statedAs: '近200家',
    qualifier: 'NEARLY',
    citations: [quote('集聚了AI企业近200家')],
  };

  it('creates a statistic, idempotently', async () => {
    const r = await api.gql<{ upsertStatistic: Record<string, unknown> }>(
      UPSERT_STATISTIC,
      { input: stat },
      editor,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data?.upsertStatistic).toMatchObject({
      id: 'api-test-park-companies',
      value: 200,
      unit: 'companies',
      qualifier: 'NEARLY',
      origin: 'api',
      subject: { id: 'api-test-park' },
      citations: [{ id: 'api-test-park-companies#a1' }],
    });
    const snap = await snapshot(db.executor);
    await api.gql(UPSERT_STATISTIC, { input: stat }, editor);
    expect(await snapshot(db.executor)).toBe(snap);
  });

  it('refuses a value its quotes do not state, and the same figure twice, with the loader messages', async () => {
    const wrong = { ...stat, value: 300 };
    const ctx = contextFor(graph);
    ctx.entityKinds.set('api-test-park', 'Park');
    const r = await api.gql(UPSERT_STATISTIC, { input: wrong }, editor);
    expect(reasons(r)).toEqual(validateStatistic(wrong, ctx, { file: 'api' }).problems.map((p) => p.reason));
    expect(reasons(r)[0]).toMatch(/^value 300 disagrees with its quotes/);
    const twin = await api.gql(
      UPSERT_STATISTIC,
      { input: { ...stat, id: 'moli-twin', subject: 'moli-community' } },
      editor,
    );
    expect(reasons(twin)).toEqual([
      'same figure as moli-community-clustered-companies: merge them into one statistic with both citations',
    ]);
  });
});

describe('addCitation', () => {
  it('adds a quote to a subject, numbered after its last, and returns an already cited one unchanged', async () => {
    const input = { subject: 'shanghai', quote: '全市规上人工智能产业规模超过1180亿元', document: DOC };
    const r = await api.gql<{ addCitation: { id: string; start: number; end: number } }>(
      ADD_CITATION,
      { input },
      editor,
    );
    expect(r.errors).toBeUndefined();
    // API citations are numbered apart from the seed's (#c<n>), so a quote a seed file adds later cannot collide.
    expect(r.data?.addCitation.id).toBe('shanghai#a1');
    const snap = await snapshot(db.executor);
    const again = await api.gql<{ addCitation: { id: string } }>(ADD_CITATION, { input }, editor);
    expect(again.data?.addCitation.id).toBe(r.data?.addCitation.id);
    expect(await snapshot(db.executor)).toBe(snap);
    const [latest] = (await changesOf('shanghai')).edges;
    expect(latest?.node).toMatchObject({ operation: 'ADD_CITATION', targetType: 'CITATION' });
    // A seed load leaves it, next to the seed's own citations.
    await loadSeedDir(db.executor, projectPath('seed'), { prune: true });
    const cites = await api.gql<{ entity: { citations: { id: string }[] } }>(
      '{ entity(id: "shanghai") { citations { id } } }',
    );
    const ids = cites.data?.entity.citations.map((c) => c.id) ?? [];
    expect(ids).toContain('shanghai#a1');
    expect(ids.filter((id) => id.includes('#c'))).toHaveLength(
      graph.citations.filter((c) => c.subjectId === 'shanghai').length,
    );
  });

  it('cites relations and statistics too, and refuses unknown subjects and quotes', async () => {
    const rel = await api.gql<{ addCitation: { id: string } }>(
      ADD_CITATION,
      {
        input: { subject: 'api-test-park--LOCATED_IN--pudong', quote: '浦东“模力社区”为核心', document: DOC },
      },
      editor,
    );
    expect(rel.data?.addCitation.id).toBe('api-test-park--LOCATED_IN--pudong#a2');
    const unknown = await api.gql(
      ADD_CITATION,
      { input: { subject: 'nothing', quote: '模塑申城', document: DOC } },
      editor,
    );
    expect(reasons(unknown)).toEqual(['citation for unknown subject nothing']);
    const missing = await api.gql(
      ADD_CITATION,
      { input: { subject: 'shanghai', quote: '不在文中的话', document: DOC } },
      editor,
    );
    // Numbered as the next citation of shanghai would be: the seed's, plus the one added above, plus one.
    const n = graph.citations.filter((c) => c.subjectId === 'shanghai').length + 2;
    expect(reasons(missing)).toEqual([`citation ${n}: quote "不在文中的话" is not in the document`]);
    const noDoc = await api.gql(
      ADD_CITATION,
      { input: { subject: 'shanghai', quote: '模塑申城', document: 'no-such-doc' } },
      editor,
    );
    expect(reasons(noDoc)[0]).toMatch(/unknown document no-such-doc$/);
  });
});

describe('deletes', () => {
  it('deleteRelation removes the relation and its citations; again, nothing', async () => {
    const id = 'api-test-park--LOCATED_IN--pudong';
    const q = `mutation { deleteRelation(id: "${id}") { id deleted relationsRemoved statisticsRemoved citationsRemoved } }`;
    const r = await api.gql<{ deleteRelation: Record<string, unknown> }>(q, {}, bearer(ADMIN_KEY));
    expect(r.data?.deleteRelation).toEqual({
      id,
      deleted: true,
      relationsRemoved: 1,
      statisticsRemoved: 0,
      citationsRemoved: 2,
    });
    const snap = await snapshot(db.executor);
    const again = await api.gql<{ deleteRelation: { deleted: boolean } }>(q, {}, bearer(ADMIN_KEY));
    expect(again.data?.deleteRelation.deleted).toBe(false);
    expect(await snapshot(db.executor)).toBe(snap);
    const [latest] = (await changesOf('pudong')).edges;
    expect(latest?.node).toMatchObject({
      operation: 'DELETE_RELATION',
      actor: 'ci-admin',
      role: 'ADMIN',
      after: null,
    });
  });

  it('deleteEntity cascades to relations, statistics and citations, as the result says', async () => {
    await api.gql(
      UPSERT_RELATION,
      {
        input: {
          type: 'LOCATED_IN',
          source: 'api-test-park',
          target: 'xuhui',
          citations: [quote('以徐汇“模速空间”')],
        },
      },
      editor,
    );
    const q = `mutation { deleteEntity(id: "api-test-park") { id deleted relationsRemoved statisticsRemoved citationsRemoved } }`;
    const r = await api.gql<{ deleteEntity: Record<string, unknown> }>(q, {}, admin);
    expect(r.errors).toBeUndefined();
    // 2 own citations, 1 of the relation, 1 of the statistic.
    expect(r.data?.deleteEntity).toEqual({
      id: 'api-test-park',
      deleted: true,
      relationsRemoved: 1,
      statisticsRemoved: 1,
      citationsRemoved: 4,
    });
    const [left] = await db.executor.read({
      name: 'test/leftovers',
      text: `RETURN COUNT { MATCH (n:Node) WHERE n.id STARTS WITH 'api-test-park' } AS nodes,
                    COUNT { MATCH ()-[r]->() WHERE r.id STARTS WITH 'api-test-park' } AS rels`,
    });
    expect(left).toEqual({ nodes: 0, rels: 0 });
    const [latest] = (await changesOf('xuhui')).edges;
    expect(latest?.node.summary).toBe(
      'deleted entity api-test-park: 1 relation, 1 statistic, 4 citations removed',
    );
    const again = await api.gql<{ deleteEntity: { deleted: boolean } }>(q, {}, admin);
    expect(again.data?.deleteEntity.deleted).toBe(false);
  });

  it('refuses to delete an entity another fact names in a field', async () => {
    const before = await snapshot(db.executor);
    const r = await api.gql(`mutation { deleteEntity(id: "shanghai-expo-centre") { deleted } }`, {}, admin);
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(reasons(r)[0]).toMatch(/^shanghai-expo-centre is still named by venues of waic-2025/);
    expect(await snapshot(db.executor)).toBe(before);
  });
});

describe('the audit trail', () => {
  it('pages newest first and filters by entity', async () => {
    const all = await changesOf(null, 100);
    expect(all.totalCount).toBeGreaterThan(5);
    const ats = all.edges.map((e) => e.node.at);
    expect([...ats].sort().reverse()).toEqual(ats);
    const first = await api.gql<ChangesData>(CHANGES, { first: 2 }, editor);
    const next = await api.gql<ChangesData>(
      CHANGES,
      { first: 2, after: first.data?.changes.pageInfo.endCursor },
      editor,
    );
    expect(
      [...(first.data?.changes.edges ?? []), ...(next.data?.changes.edges ?? [])].map((e) => e.node.id),
    ).toEqual(all.edges.slice(0, 4).map((e) => e.node.id));
    for (const e of all.edges) expect(e.node.requestId).toMatch(/.+/);
  });

  it("pages an entity's changes one at a time without gaps, counting them all", async () => {
    const all = await changesOf(null, 100);
    const counts = new Map<string, number>();
    for (const e of all.edges)
      if (e.node.targetType === 'ENTITY') counts.set(e.node.targetId, (counts.get(e.node.targetId) ?? 0) + 1);
    const [entity] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [];
    const whole = await changesOf(entity as string, 100);
    expect(whole.edges.length).toBeGreaterThanOrEqual(2);
    expect(whole.totalCount).toBe(whole.edges.length);
    // Every change of the whole trail that targets the entity is among its changes, in the same order.
    const own = all.edges.filter((e) => e.node.targetId === entity).map((e) => e.node.id);
    expect(whole.edges.map((e) => e.node.id).filter((id) => own.includes(id))).toEqual(own);
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 100; i++) {
      const r: { data?: ChangesData } = await api.gql<ChangesData>(
        CHANGES,
        { entity, first: 1, after },
        editor,
      );
      const page = r.data?.changes;
      expect(page?.totalCount).toBe(whole.totalCount);
      seen.push(...(page?.edges.map((e) => e.node.id) ?? []));
      if (!page?.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(whole.edges.map((e) => e.node.id));
  });

  it('is for editors: an API key works, a reader is refused', async () => {
    expect((await api.gql<ChangesData>(CHANGES, {}, bearer(EDITOR_KEY))).errors).toBeUndefined();
    const reader = await api.gql(CHANGES, {}, bearer(await tokenFor('reader')));
    expect(reader.status).toBe(403);
    expect(reader.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
