import { mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDriver } from '../../src/db/driver.js';
import { Executor } from '../../src/db/executor.js';
import { type TestDb, testDb } from '../support/db.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { kg, type Stub, sendJson, stubServer } from './support.js';

/** A failure prints one line that says what to do, never a stack trace. */
function oneLine(stderr: string): string {
  const lines = stderr.trim().split('\n');
  expect(lines.some((l) => /^\s+at /.test(l))).toBe(false);
  return lines.at(-1) ?? '';
}

let db: TestDb;
let live: TestServer;
let dead: { server: TestServer; close(): Promise<void> };
let stubs: Stub[] = [];
let dir: string;

beforeAll(async () => {
  db = testDb();
  live = await startTestServer(db.executor);
  // A real service whose Neo4j is gone: nothing listens on port 1.
  const driver = createDriver({
    uri: 'bolt://127.0.0.1:1',
    user: 'neo4j',
    password: 'x',
    database: 'neo4j',
    connectTimeoutMs: 1_000,
  });
  const executor = new Executor(driver, {
    database: 'neo4j',
    txTimeoutMs: 2_000,
    target: 'bolt://127.0.0.1:1',
  });
  const server = await startTestServer(executor);
  dead = {
    server,
    close: async () => {
      await server.close();
      await driver.close();
    },
  };
  dir = await mkdtemp(join(tmpdir(), 'kg-errors-'));
});

afterAll(async () => {
  await live?.close();
  await dead?.close();
  await db?.close();
  for (const s of stubs) await s.close();
  stubs = [];
});

describe('kg exit codes', () => {
  it('exits 1 on usage errors, with a hint', async () => {
    for (const args of [
      ['search'],
      ['search', 'x', '--limit', '0'],
      ['search', 'x', '--kind', 'Spaceship'],
      ['path', 'a'],
      ['frobnicate'],
      ['export', '--format', 'xml', '--out', join(dir, 'x')],
      ['export', '--format', 'json'],
      ['query', join(dir, 'missing.graphql')],
    ]) {
      const r = await kg(args, { endpoint: `${live.url}/graphql` });
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.stderr.trim(), args.join(' ')).not.toBe('');
      oneLine(r.stderr);
    }
  });

  it('exits 1 when the service rejects the input (BAD_USER_INPUT)', async () => {
    const file = join(dir, 'too-many.graphql');
    await writeFile(file, 'query TooMany { entities(first: 1000) { totalCount } }');
    const r = await kg(['query', file], { endpoint: `${live.url}/graphql` });
    expect(r.code).toBe(1);
    expect(oneLine(r.stderr)).toMatch(/BAD_USER_INPUT.*first/);
  });

  it('exits 1 when nothing is found', async () => {
    const search = await kg(['search', 'zzqqxxjjvv'], { endpoint: `${live.url}/graphql` });
    expect(search.code).toBe(1);
    expect(oneLine(search.stderr)).toMatch(/nothing matches "zzqqxxjjvv"/);
    const show = await kg(['show', 'no-such-entity-zzqq'], { endpoint: `${live.url}/graphql` });
    expect(show.code).toBe(1);
    expect(oneLine(show.stderr)).toMatch(/kg search/);
  });

  it('exits 2 when the endpoint is unreachable, and says how to start the service', async () => {
    const r = await kg(['summary'], { endpoint: 'http://127.0.0.1:1/graphql' });
    expect(r.code).toBe(2);
    expect(oneLine(r.stderr)).toBe(
      'kg: cannot reach http://127.0.0.1:1/graphql: start the service with `npm start` or point KG_ENDPOINT (or --endpoint) at it',
    );
  });

  it('exits 2 when the service cannot reach Neo4j (SERVICE_UNAVAILABLE)', async () => {
    const r = await kg(['--json', 'summary'], { endpoint: `${dead.server.url}/graphql` });
    expect(r.code).toBe(2);
    expect(oneLine(r.stderr)).toMatch(/SERVICE_UNAVAILABLE.*check that Neo4j is running/);
  });

  it('exits 2 on a GraphQL SERVICE_UNAVAILABLE error even with HTTP 200, and on HTTP 5xx', async () => {
    const unavailable = await stubServer((_b, res) =>
      sendJson(res, 200, {
        data: null,
        errors: [{ message: 'down', extensions: { code: 'SERVICE_UNAVAILABLE' } }],
      }),
    );
    const broken = await stubServer((_b, res) => {
      res.writeHead(502, { 'content-type': 'text/html' }).end('<html>Bad Gateway</html>');
    });
    stubs.push(unavailable, broken);
    const a = await kg(['search', 'x'], { endpoint: unavailable.url });
    expect(a.code).toBe(2);
    expect(oneLine(a.stderr)).toMatch(/SERVICE_UNAVAILABLE/);
    const b = await kg(['summary'], { endpoint: broken.url });
    expect(b.code).toBe(2);
    expect(oneLine(b.stderr)).toMatch(/HTTP 502/);
  });

  it('a failed export exits 2 and leaves no file behind', async () => {
    const out = join(dir, 'failed');
    const r = await kg(['export', '--format', 'csv', '--out', out], {
      endpoint: `${dead.server.url}/graphql`,
    });
    expect(r.code).toBe(2);
    const left = await readdir(out).catch(() => []);
    expect(left).toEqual([]);
  });
});
