import { ApolloServer } from '@apollo/server';
import fastifyApollo, { fastifyApolloDrainPlugin } from '@as-integrations/fastify';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Executor } from '../db/executor.js';
import { type Context, createContext } from '../graphql/context.js';
import { errorPlugin, formatError } from '../graphql/plugins/errors.js';
import { resolvers } from '../graphql/resolvers/index.js';
import { loadTypeDefs } from '../graphql/schema.js';
import type { Services } from '../services/index.js';
import { registerHealth } from './health.js';

export interface ServerOptions {
  executor: Executor;
  services: Services;
  production: boolean;
  logLevel: string;
  /** Largest request body accepted; larger ones get 413. */
  bodyLimitBytes?: number;
}

export interface Server {
  app: FastifyInstance;
  apollo: ApolloServer<Context>;
}

/** Wires HTTP → Apollo → resolvers; knows nothing of how Neo4j was found or started. */
export async function createServer(o: ServerOptions): Promise<Server> {
  const app = Fastify({
    logger: { level: o.logLevel },
    bodyLimit: o.bodyLimitBytes ?? 1_000_000,
    // A request id per request in every log line; a caller's own id is kept for tracing across services.
    requestIdHeader: 'x-request-id',
    genReqId: () => crypto.randomUUID(),
  });
  const apollo = new ApolloServer<Context>({
    typeDefs: loadTypeDefs(),
    resolvers,
    formatError: formatError(o.production),
    includeStacktraceInErrorResponses: !o.production,
    plugins: [fastifyApolloDrainPlugin(app), errorPlugin()],
  });
  await apollo.start();
  registerHealth(app, o.executor);
  await app.register(fastifyApollo(apollo), {
    path: '/graphql',
    context: async (request) => createContext(o.services, request.id),
  });
  return { app, apollo };
}
