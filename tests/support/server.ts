import type { AddressInfo } from 'node:net';
import type { Executor } from '../../src/db/executor.js';
import type { RequestLimits } from '../../src/graphql/plugins/limits.js';
import { createServer } from '../../src/http/server.js';
import { createServices } from '../../src/services/index.js';

export interface GqlResponse<T = Record<string, unknown>> {
  status: number;
  data?: T;
  errors?: {
    message: string;
    extensions?: { code?: string; argument?: string };
    path?: (string | number)[];
  }[];
}

export interface TestServer {
  url: string;
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GqlResponse<T>>;
  close(): Promise<void>;
}

/** The real HTTP server on a free loopback port, over the test database. */
export async function startTestServer(
  executor: Executor,
  o: { production?: boolean; limits?: Partial<RequestLimits>; jit?: boolean } = {},
): Promise<TestServer> {
  const services = createServices(executor);
  const { app } = await createServer({
    executor,
    services,
    production: o.production ?? false,
    logLevel: 'silent',
    limits: o.limits,
    jit: o.jit,
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    async gql(query, variables) {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as Omit<GqlResponse, 'status'>;
      return { status: res.status, ...body } as GqlResponse<never>;
    },
    close: () => app.close(),
  };
}
