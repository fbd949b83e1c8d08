import { readdirSync, readFileSync } from 'node:fs';
import { getIntrospectionQuery, Kind, parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENTITY_KINDS } from '../../src/graph/vocabulary.js';
import { projectPath } from '../../src/paths.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { seededApi } from './fixture.js';

/**
 * Compiled execution (graphql-jit, the default) must answer every request exactly as graphql-js's interpreter
 * does: same status, same data, same errors with the same codes, paths and locations. Both servers run in
 * production mode over the same seeded database, so a difference can only come from the executor.
 */
const api = seededApi();
let jit: TestServer;
let interpreted: TestServer;

beforeAll(async () => {
  jit = await startTestServer(api.db.executor, { production: true, jit: true });
  interpreted = await startTestServer(api.db.executor, { production: true, jit: false });
});
afterAll(async () => {
  await jit?.close();
  await interpreted?.close();
});

interface Request {
  query: string;
  variables?: Record<string, unknown>;
  operationName?: string;
}

async function post(server: TestServer, body: Request): Promise<{ status: number; body: unknown }> {
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: await res.json() };
}

/** Both executors' answers; the test fails on the first difference and shows both. */
async function same(request: Request): Promise<unknown> {
  const [a, b] = await Promise.all([post(jit, request), post(interpreted, request)]);
  expect(a, JSON.stringify(request).slice(0, 200)).toEqual(b);
  return a.body;
}

// Values for every variable the shipped operations declare; each operation gets the ones it declares.
const VARIABLES: Record<string, unknown> = {
  id: 'waic-2025',
  from: 'qinglong',
  to: 'shanghai',
  query: '模速空间',
  kinds: ['Park', 'Organization'],
  first: 5,
  relationsFirst: 5,
  depth: 2,
  limit: 50,
  maxHops: 4,
  lang: 'EN',
  subject: 'modelspeed-space',
};

const graphqlFiles = (...dir: string[]) =>
  readdirSync(projectPath(...dir))
    .filter((f) => f.endsWith('.graphql'))
    .map((f) => readFileSync(projectPath(...dir, f), 'utf8'));

/** Every named operation the product ships: the CLI's (whose files share fragments) and each saved query. */
function shippedOperations(): Request[] {
  const documents = [graphqlFiles('src', 'cli', 'operations').join('\n'), ...graphqlFiles('queries')];
  return documents.flatMap((query) =>
    parse(query).definitions.flatMap((d) => {
      if (d.kind !== Kind.OPERATION_DEFINITION || !d.name) return [];
      const names = (d.variableDefinitions ?? []).map((v) => v.variable.name.value);
      const variables = Object.fromEntries(names.filter((n) => n in VARIABLES).map((n) => [n, VARIABLES[n]]));
      return [{ query, operationName: d.name.value, variables }];
    }),
  );
}

describe('compiled execution answers as graphql-js does', () => {
  it('for every operation the CLI and the saved queries send', async () => {
    const operations = shippedOperations();
    expect(operations.length).toBeGreaterThanOrEqual(18);
    for (const op of operations) {
      const body = (await same(op)) as { data?: unknown; errors?: unknown };
      // Each one really ran: a difference hidden behind two identical errors would prove nothing.
      expect(body.errors, `${op.operationName}: ${JSON.stringify(body.errors)}`).toBeUndefined();
      expect(body.data, op.operationName).toBeTruthy();
    }
  });

  it('for every entity kind, with each kind’s own fields through inline fragments', async () => {
    const oneOfEach: string[] = [];
    for (const kind of ENTITY_KINDS) {
      const page = (await same({
        query: 'query($k: [EntityKind!]) { entities(kinds: $k, first: 1) { edges { node { id } } } }',
        variables: { k: [kind] },
      })) as { data: { entities: { edges: { node: { id: string } }[] } } };
      const id = page.data.entities.edges[0]?.node.id;
      if (id) oneOfEach.push(id);
    }
    // The seed has every kind but one or two; a kind with no entity only loses that kind's fields here.
    expect(oneOfEach.length).toBeGreaterThanOrEqual(10);
    const details = `query Details($id: ID!) {
      entity(id: $id) {
        __typename id kind name nameEn fullName aliases description origin degree
        ... on Organization { isGroup category foreignEnterprise firstOfKind status }
        ... on Person { title }
        ... on AIModel { domain modelType }
        ... on Robot { robotType openSource }
        ... on Park { focus district { id name } }
        ... on Venue { location { id name } }
        ... on Place { subtype }
        ... on Event { subtype startDate endDate year theme themeEn edition venues { id name } }
        ... on Policy { subtype status }
        ... on Initiative { subtype targets components }
        citations { id quote start end sentence document { id title } }
        statistics { id metric value unit statedAs qualifier period isForecast note }
        relations(first: 25) {
          totalCount
          pageInfo { hasNextPage endCursor }
          edges { direction other { id kind name } node { id type modality when zh: explanation(lang: ZH) en: explanation(lang: EN) } }
        }
      }
    }`;
    for (const id of oneOfEach) await same({ query: details, variables: { id } });
  });

  it('for neighbourhoods, paths and nodes of both kinds, through fragments and aliases', async () => {
    const ref = 'fragment Ref on Entity { id kind name nameEn degree }';
    await same({
      query: `query($id: ID!) { neighborhood(id: $id, depth: 2, limit: 200) { truncated nodes { ...Ref }
        relations { id type modality source { id } target { ...Ref } } } } ${ref}`,
      variables: { id: 'waic-2025' },
    });
    await same({
      query: `{ paths(from: "qinglong", to: "shanghai", maxHops: 4, first: 3) { length
        zh: explanation(lang: ZH) en: explanation(lang: EN) nodes { ...Ref } relations { id type } } } ${ref}`,
    });
    const rel = (await same({
      query: '{ entity(id: "waic-2025") { relations(first: 1) { edges { node { id } } } } }',
    })) as { data: { entity: { relations: { edges: { node: { id: string } }[] } } } };
    const relationId = rel.data.entity.relations.edges[0]?.node.id;
    expect(relationId).toBeTruthy();
    await same({
      query: `query($ids: [ID!]!) { __typename nodes(ids: $ids) { __typename ... on Entity { ...Ref }
        ... on Relation { id type source { id } target { id } citations { quote } } } } ${ref}`,
      variables: { ids: ['waic-2025', relationId, 'no-such-node', 'fuxi'] },
    });
    await same({
      query: `{ a: entity(id: "fuxi") { id } b: entity(id: "qinglong") { id kind ...Ref }
        deep: entity(id: "waic-2025") { relations(first: 3) { edges { other { relations(first: 2) {
          totalCount edges { other { id } } } } } } } } ${ref}`,
    });
  });

  it('for @skip and @include under every combination of their variables', async () => {
    const query = `query($a: Boolean!, $b: Boolean!) { entity(id: "waic-2025") {
      id name @include(if: $a) nameEn @skip(if: $b)
      ... on Event { startDate @include(if: $b) theme @skip(if: $a) }
      ... @include(if: $a) { degree }
      relations(first: 2) @skip(if: $b) { totalCount } } }`;
    for (const a of [true, false]) for (const b of [true, false]) await same({ query, variables: { a, b } });
  });

  it('for introspection', async () => {
    await same({ query: getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true }) });
  });

  it('for bad input: arguments out of range, bad and missing variables, unknown ids and operations', async () => {
    const cases: Request[] = [
      { query: '{ entities(first: 1000) { totalCount } }' },
      { query: '{ search(query: "") { score } }' },
      { query: 'query($n: Int) { entities(first: $n) { totalCount } }', variables: { n: 'x' } },
      { query: 'query($n: Int) { entities(first: $n) { totalCount } }', variables: { n: 2.5 } },
      { query: 'query($id: ID!) { entity(id: $id) { id } }' },
      {
        query: 'query($k: [EntityKind!]) { entities(kinds: $k) { totalCount } }',
        variables: { k: ['Nope'] },
      },
      { query: '{ entity(id: "no-such-entity") { id name } }' },
      { query: '{ neighborhood(id: "no-such-entity") { truncated } }' },
      { query: '{ entities(first: 2, after: "not-a-cursor") { totalCount } }' },
      {
        query: 'query A { graphStats { entities } } query B { graphStats { relations } }',
        operationName: 'C',
      },
      {
        query: 'query A { graphStats { entities } } query B { graphStats { relations } }',
        operationName: 'B',
      },
    ];
    for (const c of cases) await same(c);
  });
});
