import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSeedDir } from '../../src/seed/loader.js';
import {
  ADMIN_KEY,
  type AuthServer,
  bearer,
  EDITOR_KEY,
  snapshot,
  startAuthServer,
} from '../mutations/support.js';
import { type TestDb, testDb } from '../support/db.js';

/**
 * Property-based fuzzing of the HTTP API: whatever a client sends, the answer is never a 5xx and never an
 * internal error, and the process keeps serving. Runs are bounded so the file stays well under a minute.
 */

let db: TestDb;
let api: AuthServer;

beforeAll(async () => {
  db = testDb();
  await db.reset();
  await loadSeedDir(db.executor);
  api = await startAuthServer(db.executor);
}, 180_000);

afterAll(async () => {
  await api?.close();
  await db?.close();
});

const RUNS = { numRuns: Number(process.env.FUZZ_RUNS ?? 80) };
const DOC = 'youth-daily-waic-2025';

interface Answer {
  status: number;
  body: unknown;
}

async function post(body: string, contentType = 'application/json', authorization?: string): Promise<Answer> {
  const res = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': contentType, ...(authorization ? { authorization } : {}) },
    body,
  });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    // Some refusals (413 from Fastify) have their own body; the status is what is checked.
  }
  return { status: res.status, body: parsed };
}

const gql = (query: string, variables: Record<string, unknown>, authorization?: string) =>
  post(JSON.stringify({ query, variables }), 'application/json', authorization);

/** A client mistake may be refused in many ways, never by a server fault. */
function notAFault(a: Answer): boolean {
  if (a.status >= 500) return false;
  const errors = (a.body as { errors?: { extensions?: { code?: string } }[] })?.errors ?? [];
  return errors.every((e) => e.extensions?.code !== 'INTERNAL_SERVER_ERROR');
}

const expectNoFault = (a: Answer) => {
  if (!notAFault(a)) throw new Error(`server fault: ${a.status} ${JSON.stringify(a.body).slice(0, 500)}`);
};

/** Text of every sort: any code point (lone surrogates too), Lucene and Cypher punctuation, very long. */
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 120 }),
  fc.string({
    unit: fc.constantFrom(...'+-&|!(){}[]^"~*?:\\/\'`$;%_ 模速空间AZaz09.\n\t\u0000'),
    maxLength: 60,
  }),
  fc.string({ unit: 'grapheme', minLength: 90, maxLength: 400 }),
);

const anyInt = fc.oneof(
  fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }),
  fc.constantFrom(-1, 0, 1, 3, 4, 6, 7, 10, 11, 100, 101, 1000, 1001, 2 ** 31, -(2 ** 31) - 1, 2 ** 53),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

describe('fuzzing reads', () => {
  it('search text: never a fault', async () => {
    await fc.assert(
      fc.asyncProperty(anyText, async (q) => {
        expectNoFault(
          await gql('query($q: String!) { search(query: $q, first: 5) { score matched entity { id } } }', {
            q,
          }),
        );
      }),
      RUNS,
    );
  });

  it('ids anywhere an id goes: never a fault', async () => {
    const QUERY = `query($id: ID!, $b: ID!) {
      entity(id: $id) { id } node(id: $id) { id } nodes(ids: [$id, $b]) { id }
      relationsBetween(a: $id, b: $b) { id } neighborhood(id: $id) { nodes { id } }
      paths(from: $id, to: $b) { length } statistics(subject: $id, metric: $b) { totalCount }
    }`;
    await fc.assert(
      fc.asyncProperty(anyText, fc.oneof(anyText, fc.constant('shanghai')), async (id, b) => {
        expectNoFault(await gql(QUERY, { id, b }));
      }),
      RUNS,
    );
  });

  it('every numeric argument: never a fault, and out of range is BAD_USER_INPUT or a coercion error', async () => {
    const fields = [
      'entities(first: $n) { totalCount }',
      'search(query: "上海", first: $n) { score }',
      'relations(first: $n) { totalCount }',
      'statistics(first: $n) { totalCount }',
      'citations(first: $n) { totalCount }',
      'neighborhood(id: "shanghai", depth: $n) { truncated }',
      'neighborhood(id: "shanghai", limit: $n) { truncated }',
      'paths(from: "qinglong", to: "shanghai", maxHops: $n) { length }',
      'paths(from: "qinglong", to: "shanghai", first: $n) { length }',
      'entities(where: { minDegree: $n }, first: 1) { totalCount }',
      'entity(id: "shanghai") { relations(first: $n) { totalCount } }',
    ];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...fields), anyInt, async (field, n) => {
        const a = await gql(`query($n: Int) { ${field} }`, { n });
        expectNoFault(a);
      }),
      { numRuns: 150 },
    );
    // The bounds themselves, exactly.
    const first = await gql('query($n: Int) { entities(first: $n) { totalCount } }', { n: 101 });
    expect((first.body as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('cursors: never a fault', async () => {
    const cursor = fc.oneof(
      anyText,
      fc.jsonValue().map((v) => Buffer.from(JSON.stringify(v)).toString('base64url')),
    );
    await fc.assert(
      fc.asyncProperty(cursor, async (after) => {
        expectNoFault(
          await gql(
            `query($after: String) { entities(first: 2, after: $after) { totalCount }
               relations(first: 2, after: $after) { totalCount } statistics(first: 2, after: $after) { totalCount }
               citations(first: 2, after: $after) { totalCount }
               entity(id: "shanghai") { relations(first: 2, after: $after) { totalCount } } }`,
            { after },
          ),
        );
      }),
      RUNS,
    );
  });

  it('whole documents and variables of any shape: never a fault', async () => {
    await fc.assert(
      fc.asyncProperty(anyText, fc.jsonValue(), async (query, variables) => {
        expectNoFault(await post(JSON.stringify({ query, variables })));
      }),
      RUNS,
    );
  });
});

describe('fuzzing bodies and content types', () => {
  it('malformed JSON bodies: a 4xx', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 200 }),
          fc.jsonValue().map((v) => JSON.stringify(v).slice(0, -1)),
          fc.jsonValue().map((v) => JSON.stringify(v)),
        ),
        async (body) => {
          const a = await post(body);
          expectNoFault(a);
          if (a.status !== 200) expect(a.status).toBeGreaterThanOrEqual(400);
        },
      ),
      RUNS,
    );
  });

  it('wrong content types: a 4xx', async () => {
    const types = fc.oneof(
      fc.constantFrom(
        'text/plain',
        'text/html',
        'application/xml',
        'application/x-www-form-urlencoded',
        'multipart/form-data; boundary=----x',
        'application/octet-stream',
        'application/json; charset=latin1',
        'application/graphql',
        '*/*',
      ),
      fc.string({ unit: fc.constantFrom(...'abcxyz/;=+-. '), minLength: 1, maxLength: 30 }),
    );
    await fc.assert(
      fc.asyncProperty(types, async (type) => {
        const a = await post(JSON.stringify({ query: '{ graphStats { entities } }' }), type);
        expectNoFault(a);
      }),
      RUNS,
    );
  });

  it('an oversized body: 413 (415 first when the type is not one the API reads)', async () => {
    const big = JSON.stringify({ query: '{ __typename }', pad: 'x'.repeat(1_200_000) });
    expect((await post(big)).status).toBe(413);
    expect((await post(big, 'application/json; charset=utf-8', bearer(ADMIN_KEY))).status).toBe(413);
    for (const type of ['text/plain', 'application/octet-stream']) {
      expect([413, 415]).toContain((await post(big, type)).status);
    }
  });

  it('syntax errors and over-long documents are the client’s: 400, not 500', async () => {
    for (const query of ['{ entity(id: }', '   ', '{', `{ ${'__typename '.repeat(3_000)} }`]) {
      const a = await post(JSON.stringify({ query }));
      expect(a.status).toBe(400);
      expectNoFault(a);
    }
  });
});

describe('fuzzing writes', () => {
  it('entity inputs of any content: never a fault', async () => {
    const prop = fc.record(
      {
        name: fc.oneof(
          anyText,
          fc.constantFrom('constructor', '__proto__', 'toString', 'valueOf', 'venues', 'focus'),
        ),
        string: anyText,
        number: fc.double({ noNaN: true, noDefaultInfinity: true }),
        boolean: fc.boolean(),
        strings: fc.array(anyText, { maxLength: 3 }),
      },
      { requiredKeys: ['name'] },
    );
    const input = fc.record({
      id: anyText,
      kind: fc.constantFrom('Topic', 'Organization', 'Event', 'Park'),
      name: anyText,
      category: fc.option(fc.constantFrom('COMPANY', 'LAB'), { nil: undefined }),
      subtype: fc.option(anyText, { nil: undefined }),
      aliases: fc.array(anyText, { maxLength: 3 }),
      props: fc.array(prop, { maxLength: 3 }),
      citations: fc.array(
        fc.record({
          quote: anyText,
          document: fc.oneof(anyText, fc.constant(DOC)),
          occurrence: fc.option(anyInt, { nil: undefined }),
        }),
        { maxLength: 2 },
      ),
    });
    await fc.assert(
      fc.asyncProperty(input, async (i) => {
        expectNoFault(
          await gql(
            'mutation($i: EntityInput!) { upsertEntity(input: $i) { id } }',
            { i },
            bearer(EDITOR_KEY),
          ),
        );
      }),
      RUNS,
    );
  });

  it('statistic, relation and citation inputs of any content: never a fault', async () => {
    const stat = fc.record({
      id: anyText,
      subject: fc.oneof(anyText, fc.constant('waic-2025')),
      metric: fc.oneof(anyText, fc.constant('EXHIBITS')),
      value: fc.option(fc.double({ noNaN: true, noDefaultInfinity: true }), { nil: undefined }),
      statedAs: anyText,
      period: fc.option(anyText, { nil: undefined }),
      citations: fc.array(fc.record({ quote: anyText, document: fc.constant(DOC) }), { maxLength: 2 }),
    });
    const rel = fc.record({
      type: fc.constantFrom('LOCATED_IN', 'HELD_IN', 'CO_HELD_WITH'),
      source: fc.oneof(anyText, fc.constant('waic-2025')),
      target: fc.oneof(anyText, fc.constant('shanghai')),
      when: fc.option(anyText, { nil: undefined }),
      citations: fc.array(fc.record({ quote: anyText, document: fc.constant(DOC) }), { maxLength: 2 }),
    });
    const cite = fc.record({
      subject: anyText,
      quote: anyText,
      document: fc.oneof(anyText, fc.constant(DOC)),
    });
    await fc.assert(
      fc.asyncProperty(stat, rel, cite, async (s, r, c) => {
        const auth = bearer(EDITOR_KEY);
        expectNoFault(
          await gql('mutation($s: StatisticInput!) { upsertStatistic(input: $s) { id } }', { s }, auth),
        );
        expectNoFault(
          await gql('mutation($r: RelationInput!) { upsertRelation(input: $r) { id } }', { r }, auth),
        );
        expectNoFault(
          await gql('mutation($c: CitationInput!) { addCitation(input: $c) { id } }', { c }, auth),
        );
      }),
      { numRuns: 50 },
    );
  });
});

describe('injection', () => {
  const CYPHER = [
    "x'}) DETACH DELETE n //",
    '") MATCH (n) DETACH DELETE n RETURN 1 //',
    "' OR 1=1 WITH true AS t MATCH (n) DETACH DELETE n //",
    '`) DETACH DELETE n //',
    '\\u0027 }) MATCH (n) SET n.pwned = true //',
    '$ids',
    '{id: "shanghai"}',
    '$(n.kind)',
    "shanghai'}) RETURN n UNION MATCH (n) DETACH DELETE n RETURN n //",
    'CALL db.clearQueryCaches()',
  ];
  const LUCENE = [
    '*:*',
    '*',
    'name:*',
    'a OR b AND c NOT d',
    '"unterminated',
    '\\',
    'name:[* TO *]',
    '上海~0.1',
    '(((((',
    'searchText:/.*/',
    '+-&&||!(){}[]^"~*?:\\/',
  ];

  it('reads carrying Cypher or Lucene syntax change nothing and fail nothing', async () => {
    const before = await snapshot(db.executor);
    for (const s of [...CYPHER, ...LUCENE]) {
      expectNoFault(
        await gql(
          `query($s: String!, $id: ID!) {
            search(query: $s) { entity { id } } entity(id: $id) { id } node(id: $id) { id }
            neighborhood(id: $id) { nodes { id } } paths(from: $id, to: "shanghai") { length }
            statistics(subject: $id, metric: $s) { totalCount } relationsBetween(a: $id, b: $id) { id }
            entities(where: { namePrefix: $s }, first: 3) { totalCount }
          }`,
          { s, id: s },
        ),
      );
    }
    expect(await snapshot(db.executor)).toBe(before);
  });

  it('a Lucene query in search text is taken literally: "*:*" matches nothing', async () => {
    const a = await gql('{ search(query: "*:*") { entity { id } } }', {});
    expect((a.body as { data: { search: unknown[] } }).data.search).toEqual([]);
  });

  it('deletes and citations naming injected ids write nothing', async () => {
    const before = await snapshot(db.executor);
    for (const s of CYPHER) {
      const a = await gql(
        `mutation($id: ID!) { e: deleteEntity(id: $id) { deleted } r: deleteRelation(id: $id) { deleted } }`,
        { id: s },
        bearer(ADMIN_KEY),
      );
      expectNoFault(a);
      expect((a.body as { data: { e: { deleted: boolean } } }).data.e.deleted).toBe(false);
      const c = await gql(
        'mutation($c: CitationInput!) { addCitation(input: $c) { id } }',
        { c: { subject: s, quote: s, document: s } },
        bearer(ADMIN_KEY),
      );
      expectNoFault(c);
    }
    expect(await snapshot(db.executor)).toBe(before);
  });

  it('an entity named with injection text is stored as that text and nothing else changes', async () => {
    const name = CYPHER[2] as string;
    const a = await gql(
      'mutation($i: EntityInput!) { upsertEntity(input: $i) { id name } }',
      {
        i: {
          id: 'injection-probe',
          kind: 'Topic',
          name,
          description: CYPHER[0],
          aliases: [LUCENE[0]],
          citations: [{ quote: '以徐汇“模速空间”', document: DOC }],
        },
      },
      bearer(EDITOR_KEY),
    );
    expect((a.body as { data: { upsertEntity: { name: string } } }).data.upsertEntity.name).toBe(name);
    const [counts] = await db.executor.read({
      name: 'test/counts',
      text: 'RETURN COUNT { MATCH (n:Entity) } AS entities, COUNT { MATCH (n) WHERE n.pwned IS NOT NULL } AS pwned',
    });
    expect(counts?.pwned).toBe(0);
    expect((await fetch(`${api.url}/health`)).status).toBe(200);
  });
});
