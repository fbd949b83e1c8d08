import type { ApolloServerPlugin, BaseContext, GraphQLRequestListener } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { classify, ErrorCode } from '../errors.js';

/**
 * Gives database faults their code and a 503, and masks internals in production: a client sees what it can
 * act on, never a stack trace or a driver message.
 */
export function errorPlugin(): ApolloServerPlugin {
  // One listener for every request: it keeps no state of its own.
  const listener: GraphQLRequestListener<BaseContext> = {
    async willSendResponse({ response, errors }) {
      const status = (errors ?? []).map((e) => classify(e.originalError)?.status).find((s) => s);
      if (status) response.http.status = status;
    },
  };
  return {
    async requestDidStart() {
      return listener;
    },
  };
}

export function formatError(production: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const known = classify(original);
    if (known) {
      return {
        message:
          known.code === ErrorCode.SERVICE_UNAVAILABLE
            ? 'The graph database is unavailable; retry shortly.'
            : 'The query took too long and was stopped.',
        ...(formatted.path ? { path: formatted.path } : {}),
        extensions: { code: known.code },
      };
    }
    const code = formatted.extensions?.code;
    if (production && (code === undefined || code === ErrorCode.INTERNAL_SERVER_ERROR)) {
      return {
        message: 'Internal server error',
        ...(formatted.path ? { path: formatted.path } : {}),
        extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
      };
    }
    return formatted;
  };
}
