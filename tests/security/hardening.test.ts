import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectPath } from '../../src/paths.js';
import { loadSeedDir } from '../../src/seed/loader.js';
import {
  ADMIN_KEY,
  type AuthServer,
  bearer,
  SECRET,
  snapshot,
  startAuthServer,
  tokenFor,
} from '../mutations/support.js';
import { statementsDuring, type TestDb, testDb } from '../support/db.js';

const run = promisify(execFile);

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

const WRITE = JSON.stringify({ query: 'mutation { deleteEntity(id: "qinglong") { deleted } }' });

describe('CSRF prevention', () => {
  it.each(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x'])(
    'refuses a simple-request POST (%s), even with credentials, and writes nothing',
    async (type) => {
      const before = await snapshot(db.executor);
      const res = await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': type, authorization: bearer(ADMIN_KEY) },
        body: WRITE,
      });
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
      expect(await snapshot(db.executor)).toBe(before);
    },
  );
});

describe('CORS', () => {
  const preflight = (url: string, origin: string) =>
    fetch(`${url}/graphql`, {
      method: 'OPTIONS',
      headers: {
        origin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type, authorization',
      },
    });

  it('allows no other origin by default', async () => {
    const res = await preflight(api.url, 'https://app.example');
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    const post = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'https://app.example' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(post.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('allows exactly the configured origins', async () => {
    const server = await startAuthServer(db.executor, { corsOrigins: ['https://app.example'] });
    try {
      const ok = await preflight(server.url, 'https://app.example');
      expect(ok.status).toBeLessThan(300);
      expect(ok.headers.get('access-control-allow-origin')).toBe('https://app.example');
      expect(ok.headers.get('access-control-allow-headers')).toMatch(/authorization/);
      const other = await preflight(server.url, 'https://evil.example');
      expect(other.headers.get('access-control-allow-origin')).toBeNull();
      const post = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: 'https://app.example' },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      expect(post.headers.get('access-control-allow-origin')).toBe('https://app.example');
      expect(post.headers.get('access-control-expose-headers')).toMatch(/x-request-id/);
    } finally {
      await server.close();
    }
  });
});

describe('request ids and logs', () => {
  it('echoes x-request-id: the caller’s plain id, else a fresh one', async () => {
    const post = (id?: string) =>
      fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(id ? { 'x-request-id': id } : {}) },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
    expect((await post('trace-abc.123')).headers.get('x-request-id')).toBe('trace-abc.123');
    const fresh = (await post()).headers.get('x-request-id');
    expect(fresh).toMatch(/^[0-9a-f-]{36}$/);
    const unsafe = (await post('x'.repeat(300))).headers.get('x-request-id');
    expect(unsafe).toMatch(/^[0-9a-f-]{36}$/);
    // Errors carry it too.
    const bad = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'bad-body' },
      body: '{',
    });
    expect(bad.status).toBe(400);
    expect(bad.headers.get('x-request-id')).toBe('bad-body');
  });

  it('logs each completed request as one JSON line with its id, status and duration', async () => {
    const lines: string[] = [];
    const server = await startAuthServer(db.executor, {
      logLevel: 'info',
      logStream: { write: (l) => lines.push(l) },
    });
    try {
      await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-request-id': 'log-probe-1' },
        body: JSON.stringify({ query: '{ graphStats { entities } }' }),
      });
    } finally {
      await server.close();
    }
    const done = lines
      .map(
        (l) =>
          JSON.parse(l) as {
            msg?: string;
            reqId?: string;
            responseTime?: number;
            res?: { statusCode?: number };
          },
      )
      .find((l) => l.msg === 'request completed' && l.reqId === 'log-probe-1');
    expect(done?.res?.statusCode).toBe(200);
    expect(typeof done?.responseTime).toBe('number');
  });
});

describe('introspection and request shape limits', () => {
  it('turns introspection off when configured', async () => {
    const server = await startAuthServer(db.executor, { introspection: false, production: true });
    try {
      const r = await server.gql('{ __schema { queryType { name } } }');
      expect(r.status).toBeGreaterThanOrEqual(400);
      expect(r.status).toBeLessThan(500);
      expect(r.errors?.[0]?.message).toMatch(/introspection/i);
    } finally {
      await server.close();
    }
  });

  it('refuses a mutation alias bomb before anything runs', async () => {
    const before = await snapshot(db.executor);
    const aliases = Array.from({ length: 40 }, (_, i) => `a${i}: deleteEntity(id: "e${i}") { deleted }`).join(
      ' ',
    );
    const started = Date.now();
    const { result: r, sent } = await statementsDuring(db.executor, () =>
      api.gql(`mutation { ${aliases} }`, {}, bearer(ADMIN_KEY)),
    );
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(r.errors?.[0]?.message).toMatch(/alias/i);
    expect(sent).toEqual([]);
    expect(await snapshot(db.executor)).toBe(before);
  });
});

describe('npm run token', () => {
  const tsx = projectPath('node_modules', '.bin', 'tsx');
  const cli = projectPath('src', 'auth', 'cli.ts');

  it('prints a token the service accepts for the role asked', async () => {
    const { stdout } = await run(tsx, [cli, '--role', 'editor', '--sub', 'carol', '--ttl', '10m'], {
      env: { ...process.env, AUTH_JWT_SECRET: SECRET },
    });
    const token = stdout.trim();
    expect(token.split('.')).toHaveLength(3);
    const r = await api.gql<{ changes: { totalCount: number } }>(
      '{ changes(first: 1) { totalCount } }',
      {},
      bearer(token),
    );
    expect(r.status).toBe(200);
    expect(r.errors).toBeUndefined();
  });

  it('fails with a clear message without a secret or with a bad role', async () => {
    const env = { ...process.env, AUTH_JWT_SECRET: '' };
    await expect(run(tsx, [cli, '--role', 'editor', '--sub', 'x'], { env })).rejects.toMatchObject({
      stderr: expect.stringMatching(/AUTH_JWT_SECRET is not set/),
    });
    await expect(run(tsx, [cli, '--role', 'god', '--sub', 'x'], { env })).rejects.toMatchObject({
      stderr: expect.stringMatching(/--role must be one of reader, editor, admin/),
    });
  });

  it('makes an API key and the config entry that accepts it', async () => {
    const { stdout, stderr } = await run(tsx, [cli, '--new-api-key', '--role', 'admin', '--name', 'ops-bot']);
    const key = stdout.trim();
    const entry = /([0-9a-f]{64}:admin:ops-bot)/.exec(stderr)?.[1] ?? '';
    const [hash] = entry.split(':');
    const server = await startAuthServer(db.executor, {
      auth: { apiKeys: [{ hash: hash ?? '', role: 'admin', name: 'ops-bot' }] },
    });
    try {
      const r = await server.gql('mutation { deleteRelation(id: "none") { deleted } }', {}, bearer(key));
      expect(r.status).toBe(200);
      expect(r.errors).toBeUndefined();
    } finally {
      await server.close();
    }
  });
});

describe('roles in one place', () => {
  it('gives every mutation field a role at least editor', async () => {
    const { FIELD_ROLES } = await import('../../src/auth/roles.js');
    const r = await api.gql<{ __type: { fields: { name: string }[] } }>(
      '{ __type(name: "Mutation") { fields { name } } }',
    );
    const fields = r.data?.__type.fields.map((f) => f.name) ?? [];
    expect(fields.length).toBe(6);
    for (const f of fields) expect(['editor', 'admin']).toContain(FIELD_ROLES[`Mutation.${f}`]);
    expect(await tokenFor('reader')).toMatch(/\./);
  });
});
