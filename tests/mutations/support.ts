import type { AddressInfo } from 'node:net';
import { hashApiKey } from '../../src/auth/api-keys.js';
import { createAuthenticator } from '../../src/auth/authenticate.js';
import type { Role } from '../../src/auth/roles.js';
import { signToken } from '../../src/auth/token.js';
import type { AuthConfig } from '../../src/config/index.js';
import type { Executor } from '../../src/db/executor.js';
import { createServer } from '../../src/http/server.js';
import { applyChangeSchema } from '../../src/services/changes.js';
import { createServices } from '../../src/services/index.js';
import type { GqlResponse } from '../support/server.js';

export const SECRET = 'test-secret-of-at-least-thirty-two-characters';
export const EDITOR_KEY = 'kg_test-editor-key';
export const ADMIN_KEY = 'kg_test-admin-key';

export const authConfig = (o: Partial<AuthConfig> = {}): AuthConfig => ({
  jwtSecret: SECRET,
  jwksUrl: null,
  jwtPublicKey: null,
  jwtAlgorithms: [],
  issuer: null,
  audience: null,
  apiKeys: [
    { hash: hashApiKey(EDITOR_KEY), role: 'editor', name: 'ci-editor' },
    { hash: hashApiKey(ADMIN_KEY), role: 'admin', name: 'ci-admin' },
  ],
  anonymousRead: true,
  ...o,
});

export const tokenFor = (role: Role, sub = `${role}-user`, ttl = '1h') =>
  signToken(SECRET, { sub, role, ttl });

export interface AuthServer {
  url: string;
  /** POST /graphql with an optional `Authorization` header value (given as is). */
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    authorization?: string,
  ): Promise<GqlResponse<T> & { headers: Headers }>;
  close(): Promise<void>;
}

export interface AuthServerOptions {
  auth?: Partial<AuthConfig>;
  production?: boolean;
  introspection?: boolean;
  corsOrigins?: string[];
  logStream?: { write(line: string): void };
  logLevel?: string;
}

/** The real HTTP server with credentials configured, on a free loopback port. */
export async function startAuthServer(executor: Executor, o: AuthServerOptions = {}): Promise<AuthServer> {
  await applyChangeSchema(executor);
  const { app } = await createServer({
    executor,
    services: createServices(executor),
    production: o.production ?? false,
    logLevel: o.logLevel ?? 'silent',
    auth: createAuthenticator(authConfig(o.auth)),
    ...(o.introspection === undefined ? {} : { introspection: o.introspection }),
    ...(o.corsOrigins ? { corsOrigins: o.corsOrigins } : {}),
    ...(o.logStream ? { logStream: o.logStream } : {}),
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    async gql(query, variables, authorization) {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(authorization === undefined ? {} : { authorization }),
        },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as Omit<GqlResponse, 'status'>;
      return { status: res.status, headers: res.headers, ...body } as GqlResponse<never> & {
        headers: Headers;
      };
    },
    close: () => app.close(),
  };
}

/**
 * Everything the database holds, every label and property of every node and relationship, as one comparable
 * string: equal snapshots prove that nothing at all was written.
 */
export async function snapshot(executor: Executor): Promise<string> {
  const [row] = await executor.read({
    name: 'test/full-snapshot',
    text: `CALL () { MATCH (n) WITH n ORDER BY elementId(n)
                   RETURN collect([labels(n), properties(n)]) AS nodes }
           CALL () { MATCH (a)-[r]->(b) WITH a, r, b ORDER BY elementId(r)
                   RETURN collect([type(r), properties(r), a.id, b.id]) AS rels }
           RETURN nodes, rels`,
  });
  return JSON.stringify(row, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}

export const bearer = (token: string) => `Bearer ${token}`;
