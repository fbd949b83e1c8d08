import { channel } from 'node:diagnostics_channel';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer } from '../../src/http/server.js';
import { loadSeedDir } from '../../src/seed/loader.js';
import { createServices } from '../../src/services/index.js';
import { type TestDb, testDb } from '../support/db.js';

/**
 * POST /graphql from API clients is answered ahead of Fastify (src/http/graphql-post.ts). Fastify's own hooks
 * count what reaches it, so each test knows which path answered; every answer must be the one Fastify's route
 * gives for the same request.
 */

let db: TestDb;
const lines: string[] = [];

interface Running {
  url: string;
  /** Requests Fastify saw. */
  seen: () => number;
  close: () => Promise<void>;
}

/** Fastify announces each instance as it is created, before any plugin: a root hook added then sees every route. */
const initialization = channel('fastify.initialization');

async function start(
  o: { bodyLimitBytes?: number; logLevel?: string; corsOrigins?: string[] } = {},
): Promise<Running> {
  let seen = 0;
  const count = (message: unknown) =>
    (message as { fastify: FastifyInstance }).fastify.addHook('onRequest', async () => {
      seen++;
    });
  initialization.subscribe(count);
  const { app } = await createServer({
    executor: db.executor,
    services: createServices(db.executor),
    production: true,
    logLevel: o.logLevel ?? 'silent',
    logStream: { write: (l) => lines.push(l) },
    bodyLimitBytes: o.bodyLimitBytes,
    corsOrigins: o.corsOrigins,
  }).finally(() => initialization.unsubscribe(count));
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, seen: () => seen, close: () => app.close() };
}

let api: Running;

beforeAll(async () => {
  db = testDb();
  await db.reset();
  await loadSeedDir(db.executor);
  api = await start();
}, 180_000);

afterAll(async () => {
  await api?.close();
  await db?.close();
});

const QUERY = `query Q($id: ID!) { entity(id: $id) { id name kind relations(first: 3) { totalCount edges { other { id } } } } }`;

/** The same POST to /graphql, or with a query string, which the hot route leaves to Fastify (fetch drops a bare "?"). */
const post = (
  url: string,
  body: string,
  o: { viaFastify?: boolean; headers?: Record<string, string> } = {},
) =>
  fetch(`${url}/graphql${o.viaFastify ? '?via=fastify' : ''}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...o.headers },
    body,
  });

describe('POST /graphql ahead of Fastify', () => {
  it('answers a plain API request without Fastify, exactly as Fastify’s route does', async () => {
    const body = JSON.stringify({ query: QUERY, variables: { id: 'qinglong' } });
    const before = api.seen();
    const hot = await post(api.url, body, { headers: { 'x-request-id': 'hot-1' } });
    expect(api.seen()).toBe(before);
    const routed = await post(api.url, body, { viaFastify: true, headers: { 'x-request-id': 'hot-1' } });
    expect(api.seen()).toBe(before + 1);

    expect(hot.status).toBe(200);
    expect(hot.status).toBe(routed.status);
    // Every header, not a chosen few: a header only Fastify's route adds would be lost on the hot route.
    const headers = (r: Response) => [...r.headers].filter(([k]) => k !== 'date');
    expect(headers(hot)).toEqual(headers(routed));
    expect(hot.headers.get('x-request-id')).toBe('hot-1');
    const answer = await hot.json();
    expect(answer).toEqual(await routed.json());
    expect((answer as { data: { entity: { id: string } } }).data.entity.id).toBe('qinglong');
  });

  it('answers GraphQL errors with the same status and body on both paths', async () => {
    const queries = [
      '{ entities(first: 1000) { totalCount } }',
      '{ nope }',
      '{ entity(id: ',
      '{ a: __typename',
    ];
    for (const query of queries) {
      const body = JSON.stringify({ query });
      const [hot, routed] = [await post(api.url, body), await post(api.url, body, { viaFastify: true })];
      expect(hot.status, query).toBe(routed.status);
      const answer = (await hot.json()) as { errors?: { extensions?: { code?: string } }[] };
      expect(answer.errors?.[0]?.extensions?.code, query).toBeTruthy();
      expect(answer).toEqual(await routed.json());
    }
  });

  it('refuses a body that is not JSON, or carries __proto__, with 400 on both paths', async () => {
    const poisoned = '{"query":"{ __typename }","__proto__":{"polluted":true}}';
    for (const body of ['{', poisoned, '']) {
      const before = api.seen();
      const hot = await post(api.url, body, { headers: { 'x-request-id': 'bad-json' } });
      expect(api.seen(), body).toBe(before);
      expect(hot.status, body).toBe(400);
      expect(hot.headers.get('x-request-id')).toBe('bad-json');
      expect((await post(api.url, body, { viaFastify: true })).status, body).toBe(400);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const refused = (await (await post(api.url, '{')).json()) as {
      errors: { extensions: { code: string } }[];
    };
    expect(refused.errors[0]?.extensions.code).toBe('BAD_REQUEST');
  });

  it('leaves chunked bodies, other content types and bodies over the limit to Fastify', async () => {
    const small = await start({ bodyLimitBytes: 200 });
    try {
      const query = JSON.stringify({ query: '{ __typename }' });
      let before = small.seen();
      const chunked = await fetch(`${small.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: new Blob([query]).stream(),
        duplex: 'half',
      } as RequestInit);
      expect(chunked.status).toBe(200);
      expect(small.seen()).toBe(before + 1);

      // Fastify parses text/plain, and Apollo's CSRF prevention refuses it; it has no parser for XML.
      for (const [type, status] of [
        ['text/plain', 400],
        ['application/xml', 415],
      ] as const) {
        before = small.seen();
        const other = await post(small.url, query, { headers: { 'content-type': type } });
        expect(other.status, type).toBe(status);
        expect(small.seen(), type).toBe(before + 1);
      }

      before = small.seen();
      const big = await post(small.url, JSON.stringify({ query: '{ __typename }', pad: 'x'.repeat(300) }));
      expect(big.status).toBe(413);
      expect(small.seen()).toBe(before + 1);
    } finally {
      await small.close();
    }
  });

  it('leaves a browser’s cross-origin request to Fastify’s CORS plugin when CORS is configured', async () => {
    const cors = await start({ corsOrigins: ['https://app.example'] });
    try {
      const body = JSON.stringify({ query: '{ __typename }' });
      let before = cors.seen();
      const plain = await post(cors.url, body);
      expect(plain.status).toBe(200);
      expect(cors.seen()).toBe(before);

      before = cors.seen();
      const browser = await post(cors.url, body, { headers: { origin: 'https://app.example' } });
      expect(browser.status).toBe(200);
      expect(browser.headers.get('access-control-allow-origin')).toBe('https://app.example');
      expect(cors.seen()).toBe(before + 1);
    } finally {
      await cors.close();
    }
  });

  it('writes the request lines Fastify writes, with the same fields', async () => {
    const logged = await start({ logLevel: 'info' });
    try {
      const body = JSON.stringify({ query: '{ __typename }' });
      await post(logged.url, body, { headers: { 'x-request-id': 'log-hot' } });
      await post(logged.url, body, { viaFastify: true, headers: { 'x-request-id': 'log-routed' } });
    } finally {
      await logged.close();
    }
    type Line = { msg?: string; reqId?: string; req?: object; res?: object; responseTime?: number };
    const of = (reqId: string) =>
      lines.map((l) => JSON.parse(l) as Line).filter((l) => l.reqId === reqId && l.msg?.includes('request'));
    const shape = (l: Line) => ({
      msg: l.msg,
      req: l.req && Object.keys(l.req).sort(),
      res: l.res,
      timed: typeof l.responseTime === 'number',
    });
    const hot = of('log-hot');
    expect(hot.map((l) => l.msg)).toEqual(['incoming request', 'request completed']);
    expect(hot.map(shape)).toEqual(of('log-routed').map(shape));
    expect(hot[0]?.req).toMatchObject({ method: 'POST', url: '/graphql' });
  });
});
