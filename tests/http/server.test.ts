import { serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDriver } from '../../src/db/driver.js';
import { Executor } from '../../src/db/executor.js';
import { loadSeedDir } from '../../src/seed/loader.js';
import { statementsDuring, type TestDb, testDb } from '../support/db.js';
import { startTestServer, type TestServer } from '../support/server.js';

let db: TestDb;
let server: TestServer;
let production: TestServer;

beforeAll(async () => {
  db = testDb();
  await db.reset();
  await loadSeedDir(db.executor);
  server = await startTestServer(db.executor);
  production = await startTestServer(db.executor, { production: true });
}, 180_000);

afterAll(async () => {
  await server?.close();
  await production?.close();
  await db?.close();
});

describe('GraphQL over HTTP', () => {
  it('passes every MUST of the graphql-http server audits', async () => {
    const audits = serverAudits({ url: `${server.url}/graphql` });
    const failed: string[] = [];
    for (const audit of audits) {
      if (!audit.name.startsWith('MUST')) continue;
      const result = await audit.fn();
      if (result.status !== 'ok') failed.push(`${audit.name}: ${result.reason}`);
    }
    expect(failed).toEqual([]);
  });

  it('answers health and readiness', async () => {
    expect((await fetch(`${server.url}/health`)).status).toBe(200);
    const ready = await fetch(`${server.url}/health/ready`);
    expect(ready.status).toBe(200);
    expect(((await ready.json()) as { neo4j: string }).neo4j).toBe('up');
  });

  it('refuses an oversized body with 413', async () => {
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ __typename }`, variables: { pad: 'x'.repeat(2_000_000) } }),
    });
    expect(res.status).toBe(413);
  });
});

describe('request limits', () => {
  it('refuses a depth bomb quickly, before any resolver runs', async () => {
    let q = 'id';
    for (let i = 0; i < 30; i++) q = `relations { edges { other { ${q} } } }`;
    const started = Date.now();
    const { result: r, sent } = await statementsDuring(db.executor, () =>
      server.gql(`{ entity(id: "x") { ${q} } }`),
    );
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(r.errors?.[0]?.message).toMatch(/depth|cost/i);
    expect(sent).toEqual([]);
  });

  it('refuses an alias bomb', async () => {
    const aliases = Array.from({ length: 200 }, (_, i) => `a${i}: graphStats { entities }`).join(' ');
    const r = await server.gql(`{ ${aliases} }`);
    expect(r.errors?.[0]?.message).toMatch(/alias/i);
  });

  it('refuses a token flood', async () => {
    const r = await server.gql(`{ ${'__typename '.repeat(3_000)} }`);
    expect(r.errors?.[0]?.message).toMatch(/token/i);
  });
});

describe('errors', () => {
  it('masks internals in production but keeps codes clients act on', async () => {
    const bad = await production.gql('{ entities(first: 1000) { totalCount } }');
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const typo = await production.gql('{ entitie { totalCount } }');
    expect(JSON.stringify(typo)).not.toMatch(/Did you mean/);
    expect(JSON.stringify(typo)).not.toMatch(/stacktrace/);
  });

  it('answers SERVICE_UNAVAILABLE with 503 within 5 s when Neo4j cannot be reached', async () => {
    // A port nothing listens on stands for a stopped Neo4j.
    const deadDriver = createDriver({
      uri: 'bolt://127.0.0.1:1',
      user: 'neo4j',
      password: 'x',
      database: 'neo4j',
      connectTimeoutMs: 2_000,
    });
    const dead = await startTestServer(
      new Executor(deadDriver, { database: 'neo4j', txTimeoutMs: 5_000, target: 'bolt://127.0.0.1:1' }),
      { production: true },
    );
    try {
      const started = Date.now();
      const r = await dead.gql('{ graphStats { entities } }');
      expect(Date.now() - started).toBeLessThan(5_000);
      expect(r.status).toBe(503);
      expect(r.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
      expect(JSON.stringify(r)).not.toMatch(/127\.0\.0\.1:1|ECONNREFUSED/);
      const ready = await fetch(`${dead.url}/health/ready`);
      expect(ready.status).toBe(503);
      // Bad input is still answered as bad input, not as an outage.
      const badInput = await dead.gql('{ search(query: "") { score } }');
      expect(badInput.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    } finally {
      await dead.close();
      await deadDriver.close();
    }
  });
});
