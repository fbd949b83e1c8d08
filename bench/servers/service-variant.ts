/**
 * A copy of createServer (src/http/server.ts) with one difference switched on, so what a choice in server.ts is
 * worth stays measured: `cacheControl` leaves Apollo's cache-control plugin at its default (on), as server.ts had
 * it before ApolloServerPluginCacheControlDisabled was added. Apart from this it must stay identical to server.ts. A parse counter shows the parsed-document cache at work
 * (one parse per distinct query text, however many requests).
 */
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import fastifyApollo, { fastifyApolloDrainPlugin } from '@as-integrations/fastify';
import Fastify from 'fastify';
import { type Context, createContext } from '../../src/graphql/context.js';
import { errorPlugin, formatError } from '../../src/graphql/plugins/errors.js';
import { armor, DEFAULT_LIMITS } from '../../src/graphql/plugins/limits.js';
import { resolvers } from '../../src/graphql/resolvers/index.js';
import { loadTypeDefs } from '../../src/graphql/schema.js';
import { registerHealth } from '../../src/http/health.js';
import type { ServerOptions } from '../../src/http/server.js';

export interface VariantOptions {
  cacheControl: boolean;
}

export const parses = { count: 0 };

const parseCounter: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async parsingDidStart() {
        parses.count++;
      },
    };
  },
};

export async function createVariantServer(o: ServerOptions, v: VariantOptions) {
  const app = Fastify({
    logger: { level: o.logLevel },
    bodyLimit: o.bodyLimitBytes ?? 1_000_000,
    requestIdHeader: 'x-request-id',
    genReqId: () => crypto.randomUUID(),
  });
  const limits = armor({ ...DEFAULT_LIMITS, blockFieldSuggestions: o.production, ...o.limits });
  // GraphQL Armor is typed against @apollo/server's CommonJS declarations and this file sees the ESM ones; the
  // objects are the same at run time.
  const armorPlugins = limits.plugins as unknown as ApolloServerPlugin<Context>[];
  const apollo = new ApolloServer<Context>({
    typeDefs: loadTypeDefs(),
    resolvers,
    formatError: formatError(o.production),
    includeStacktraceInErrorResponses: !o.production,
    introspection: o.introspection ?? true,
    validationRules: limits.validationRules,
    plugins: [
      fastifyApolloDrainPlugin(app),
      errorPlugin(),
      ...armorPlugins,
      ...(v.cacheControl ? [] : [ApolloServerPluginCacheControlDisabled()]),
      ApolloServerPluginLandingPageDisabled(),
      parseCounter,
    ],
  });
  await apollo.start();
  registerHealth(app, o.executor);
  app.get('/bench/parses', async () => parses);
  await app.register(fastifyApollo(apollo), {
    path: '/graphql',
    context: async (request) => createContext(o.services, request.id),
  });
  return { app, apollo };
}
