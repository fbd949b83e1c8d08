import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, exportSPKI, generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashApiKey } from '../../src/auth/api-keys.js';
import { signToken } from '../../src/auth/token.js';
import { loadConfig } from '../../src/config/index.js';
import { loadSeedDir } from '../../src/seed/loader.js';
import {
  ADMIN_KEY,
  type AuthServer,
  bearer,
  EDITOR_KEY,
  SECRET,
  snapshot,
  startAuthServer,
  tokenFor,
} from '../mutations/support.js';
import { type TestDb, testDb } from '../support/db.js';

const DOC = 'youth-daily-waic-2025';

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

const UPSERT = `mutation($input: EntityInput!) { upsertEntity(input: $input) { id origin } }`;
const input = {
  id: 'auth-probe',
  kind: 'Topic',
  name: '鉴权探针',
  citations: [{ quote: '以徐汇“模速空间”', document: DOC }],
};
const DELETE = 'mutation { deleteEntity(id: "qinglong") { deleted } }';

/** Sends a write with the given Authorization header and proves the graph is exactly as it was. */
async function refusedWrite(authorization: string | undefined, query = UPSERT) {
  const before = await snapshot(db.executor);
  const r = await api.gql(query, { input }, authorization);
  expect(await snapshot(db.executor)).toBe(before);
  expect(r.data).toBeUndefined();
  return r;
}

describe('writes need credentials', () => {
  it('no credentials: 401 UNAUTHENTICATED with a Bearer challenge, nothing written', async () => {
    const r = await refusedWrite(undefined);
    expect(r.status).toBe(401);
    expect(r.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(r.headers.get('www-authenticate')).toBe('Bearer realm="waic-kg"');
  });

  it.each([
    ['another scheme', 'Basic YWxpY2U6c2VjcmV0'],
    ['a scheme alone', 'Bearer'],
    ['a token of spaces', 'Bearer    '],
    ['not a JWT', 'Bearer not-a-token'],
    ['a truncated JWT', 'Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0'],
    ['garbage in JWT form', 'Bearer aaa.bbb.ccc'],
    ['an unknown API key', 'Bearer kg_not-a-configured-key'],
    ['an overlong header', `Bearer ${'a'.repeat(10_000)}`],
  ])('malformed credentials (%s): 401, nothing written', async (_what, header) => {
    const r = await refusedWrite(header);
    expect(r.status).toBe(401);
    expect(r.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('an expired token: 401 saying so, nothing written', async () => {
    const expired = await new SignJWT({ role: 'admin' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('mallory')
      .setIssuedAt(Math.floor(Date.now() / 1000) - 7200)
      .setExpirationTime(Math.floor(Date.now() / 1000) - 3600)
      .sign(new TextEncoder().encode(SECRET));
    const r = await refusedWrite(bearer(expired));
    expect(r.status).toBe(401);
    expect(r.errors?.[0]?.message).toMatch(/expired/);
    expect(r.headers.get('www-authenticate')).toMatch(/error="invalid_token"/);
  });

  it('a wrong signature: 401, nothing written', async () => {
    const forged = await signToken('another-secret-of-at-least-thirty-two-chars', {
      sub: 'mallory',
      role: 'admin',
      ttl: '1h',
    });
    const r = await refusedWrite(bearer(forged));
    expect(r.status).toBe(401);
    expect(r.errors?.[0]?.message).toMatch(/signature/);
    // The same payload with its signature swapped for another token's.
    const good = await tokenFor('admin', 'mallory');
    const spliced = `${good.split('.').slice(0, 2).join('.')}.${forged.split('.')[2]}`;
    expect((await refusedWrite(bearer(spliced))).status).toBe(401);
  });

  it('an unsigned (alg none) token, one without a role, one without expiry: 401, nothing written', async () => {
    const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const exp = Math.floor(Date.now() / 1000) + 3600;
    const none = `${b64({ alg: 'none' })}.${b64({ sub: 'mallory', role: 'admin', exp })}.`;
    expect((await refusedWrite(bearer(none))).status).toBe(401);
    const key = new TextEncoder().encode(SECRET);
    const noRole = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('x')
      .setExpirationTime('1h')
      .sign(key);
    expect((await refusedWrite(bearer(noRole))).errors?.[0]?.message).toMatch(/role/);
    const godRole = await new SignJWT({ role: 'root' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('x')
      .setExpirationTime('1h')
      .sign(key);
    expect((await refusedWrite(bearer(godRole))).status).toBe(401);
    const forever = await new SignJWT({ role: 'admin' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('x')
      .sign(key);
    expect((await refusedWrite(bearer(forever))).status).toBe(401);
  });

  it('a reader token writing, or an editor deleting: 403 FORBIDDEN, nothing written', async () => {
    const reader = await refusedWrite(bearer(await tokenFor('reader', 'rita')));
    expect(reader.status).toBe(403);
    expect(reader.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const editorDeleting = await refusedWrite(bearer(await tokenFor('editor', 'eddie')), DELETE);
    expect(editorDeleting.status).toBe(403);
    expect(editorDeleting.errors?.[0]?.message).toBe(
      'Mutation.deleteEntity needs the role admin; eddie has editor.',
    );
    const keyDeleting = await refusedWrite(bearer(EDITOR_KEY), DELETE);
    expect(keyDeleting.status).toBe(403);
  });

  it('a delete hidden in a fragment or next to an allowed write is refused as a whole', async () => {
    const editor = bearer(await tokenFor('editor'));
    const hidden = `mutation { ...F } fragment F on Mutation { deleteEntity(id: "qinglong") { deleted } }`;
    expect((await refusedWrite(editor, hidden)).status).toBe(403);
    const mixed = `mutation($input: EntityInput!) { upsertEntity(input: $input) { id } deleteEntity(id: "qinglong") { deleted } }`;
    expect((await refusedWrite(editor, mixed)).status).toBe(403);
    const inline = `mutation { ... on Mutation { deleteRelation(id: "x") { deleted } } }`;
    expect((await refusedWrite(editor, inline)).status).toBe(403);
  });

  it('the right role writes, with a token or an API key, and the change names who', async () => {
    const r = await api.gql<{ upsertEntity: { origin: string } }>(UPSERT, { input }, bearer(EDITOR_KEY));
    expect(r.status).toBe(200);
    expect(r.data?.upsertEntity.origin).toBe('api');
    const trail = await api.gql<{ changes: { edges: { node: { actor: string; role: string } }[] } }>(
      '{ changes(entity: "auth-probe") { edges { node { actor role } } } }',
      {},
      bearer(ADMIN_KEY),
    );
    expect(trail.data?.changes.edges[0]?.node).toEqual({ actor: 'ci-editor', role: 'EDITOR' });
    const del = await api.gql<{ deleteEntity: { deleted: boolean } }>(
      'mutation { deleteEntity(id: "auth-probe") { deleted } }',
      {},
      bearer(await tokenFor('admin', 'root')),
    );
    expect(del.data?.deleteEntity.deleted).toBe(true);
  });

  it('anonymous reads work by default; a bad token on a read is still refused', async () => {
    const ok = await api.gql('{ graphStats { entities } }');
    expect(ok.status).toBe(200);
    const bad = await api.gql('{ graphStats { entities } }', {}, 'Bearer aaa.bbb.ccc');
    expect(bad.status).toBe(401);
  });
});

describe('configured variants', () => {
  it('with anonymous reads switched off, reads need credentials too', async () => {
    const closed = await startAuthServer(db.executor, { auth: { anonymousRead: false } });
    try {
      const anon = await closed.gql('{ graphStats { entities } }');
      expect(anon.status).toBe(401);
      expect(anon.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      const reader = await closed.gql('{ graphStats { entities } }', {}, bearer(await tokenFor('reader')));
      expect(reader.status).toBe(200);
      expect(reader.errors).toBeUndefined();
    } finally {
      await closed.close();
    }
  });

  it('accepts JWTs signed with a configured PEM public key, and checks issuer and audience', async () => {
    const { publicKey, privateKey } = await generateKeyPair('ES256');
    const pem = await exportSPKI(publicKey);
    const server = await startAuthServer(db.executor, {
      auth: {
        jwtSecret: null,
        jwtPublicKey: pem,
        jwtAlgorithms: ['ES256'],
        issuer: 'https://idp.example',
        audience: 'waic-kg',
      },
    });
    const sign = (iss: string) =>
      new SignJWT({ role: 'editor' })
        .setProtectedHeader({ alg: 'ES256' })
        .setSubject('idp-user')
        .setIssuer(iss)
        .setAudience('waic-kg')
        .setExpirationTime('5m')
        .sign(privateKey);
    try {
      const ok = await server.gql(
        '{ changes(first: 1) { totalCount } }',
        {},
        bearer(await sign('https://idp.example')),
      );
      expect(ok.status).toBe(200);
      const wrongIssuer = await server.gql(
        '{ changes(first: 1) { totalCount } }',
        {},
        bearer(await sign('https://evil.example')),
      );
      expect(wrongIssuer.status).toBe(401);
      // An HS256 token is refused where no secret is configured (no algorithm confusion).
      const hs = await server.gql(
        '{ changes(first: 1) { totalCount } }',
        {},
        bearer(await tokenFor('editor')),
      );
      expect(hs.status).toBe(401);
    } finally {
      await server.close();
    }
  });

  it('accepts JWTs signed with a key from a JWKS endpoint; an unreachable endpoint is a 503, not a 401', async () => {
    const { publicKey, privateKey } = await generateKeyPair('RS256');
    const jwk = { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
    const idp = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ keys: [jwk] }));
    });
    await new Promise<void>((r) => idp.listen(0, '127.0.0.1', () => r()));
    const { port } = idp.address() as AddressInfo;
    const token = await new SignJWT({ role: 'admin' })
      .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
      .setSubject('idp-admin')
      .setExpirationTime('5m')
      .sign(privateKey);
    const server = await startAuthServer(db.executor, {
      auth: { jwtSecret: null, jwksUrl: `http://127.0.0.1:${port}/jwks.json`, jwtAlgorithms: ['RS256'] },
    });
    const dead = await startAuthServer(db.executor, {
      auth: { jwtSecret: null, jwksUrl: 'http://127.0.0.1:1/jwks.json', jwtAlgorithms: ['RS256'] },
    });
    try {
      const ok = await server.gql('mutation { deleteRelation(id: "none") { deleted } }', {}, bearer(token));
      expect(ok.status).toBe(200);
      expect(ok.errors).toBeUndefined();
      const other = await generateKeyPair('RS256');
      const foreign = await new SignJWT({ role: 'admin' })
        .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
        .setSubject('mallory')
        .setExpirationTime('5m')
        .sign(other.privateKey);
      expect((await server.gql('{ __typename }', {}, bearer(foreign))).status).toBe(401);
      const unreachable = await dead.gql('{ __typename }', {}, bearer(token));
      expect(unreachable.status).toBe(503);
      expect(unreachable.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    } finally {
      await server.close();
      await dead.close();
      idp.close();
    }
  });

  it('reads the auth, CORS and introspection settings from the environment', () => {
    const key = 'kg_abc';
    const c = loadConfig({
      AUTH_JWT_SECRET: SECRET,
      AUTH_API_KEYS: `${hashApiKey(key)}:editor:ci-bot, ${hashApiKey('kg_x')}:admin:ops`,
      AUTH_ANONYMOUS_READ: 'false',
      CORS_ORIGINS: 'https://app.example, http://localhost:5173',
    });
    expect(c.auth.apiKeys).toEqual([
      { hash: hashApiKey(key), role: 'editor', name: 'ci-bot' },
      { hash: hashApiKey('kg_x'), role: 'admin', name: 'ops' },
    ]);
    expect(c.auth.anonymousRead).toBe(false);
    expect(c.cors.origins).toEqual(['https://app.example', 'http://localhost:5173']);
    expect(c.graphql.introspection).toBe(true);
    expect(loadConfig({ NODE_ENV: 'production' }).graphql.introspection).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', GRAPHQL_INTROSPECTION: 'true' }).graphql.introspection).toBe(
      true,
    );
    expect(() => loadConfig({ AUTH_JWT_SECRET: 'short' })).toThrow(/AUTH_JWT_SECRET/);
    expect(() => loadConfig({ AUTH_API_KEYS: 'plain-key:editor:x' })).toThrow(/AUTH_API_KEYS/);
    expect(() => loadConfig({ CORS_ORIGINS: 'app.example' })).toThrow(/CORS_ORIGINS/);
  });
});
