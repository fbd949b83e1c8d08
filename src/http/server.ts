import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import fastifyApollo, { fastifyApolloDrainPlugin } from '@as-integrations/fastify';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Executor } from '../db/executor.js';
import { type Context, createContext } from '../graphql/context.js';
import { errorPlugin, formatError } from '../graphql/plugins/errors.js';
import { armor, DEFAULT_LIMITS, type RequestLimits } from '../graphql/plugins/limits.js';
import { resolvers } from '../graphql/resolvers/index.js';
import { loadTypeDefs } from '../graphql/schema.js';
import type { Services } from '../services/index.js';
import { registerHealth } from './health.js';
import { registerWeb } from './web.js';

export interface ServerOptions {
  executor: Executor;
  services: Services;
  production: boolean;
  logLevel: string;
  /** Largest request body accepted; larger ones get 413. */
  bodyLimitBytes?: number;
  /** Shape limits of a request (depth, aliases, tokens, cost). */
  limits?: Partial<RequestLimits>;
  /** Schema introspection; on by default, often off in production. */
  introspection?: boolean;
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
  const limits = armor({ ...DEFAULT_LIMITS, blockFieldSuggestions: o.production, ...o.limits });
  const apollo = new ApolloServer<Context>({
    typeDefs: loadTypeDefs(),
    resolvers,
    formatError: formatError(o.production),
    includeStacktraceInErrorResponses: !o.production,
    introspection: o.introspection ?? true,
    validationRules: limits.validationRules,
    // Apollo's own plugins are typed for any context; ours needs none of their variance.
    plugins: [
      fastifyApolloDrainPlugin(app),
      errorPlugin(),
      ...limits.plugins,
      // No field here has cache hints; the default plugin would wrap every resolver for nothing.
      ApolloServerPluginCacheControlDisabled(),
      // Browsers get the self-hosted GraphiQL (src/http/web.ts), never a page that loads from a CDN.
      ApolloServerPluginLandingPageDisabled(),
    ] as ApolloServerPlugin<Context>[],
  });
  await apollo.start();
  registerHealth(app, o.executor);
  await registerWeb(app);
  await app.register(fastifyApollo(apollo), {
    path: '/graphql',
    context: async (request) => createContext(o.services, request.id),
  });
  return { app, apollo };
}
