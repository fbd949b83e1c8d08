import { HeaderMap } from '@apollo/server';
import { GraphQLError } from 'graphql';

export const AuthErrorCode = {
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
} as const;

/**
 * Missing or bad credentials: HTTP 401 with a Bearer challenge (RFC 6750). Auth is decided for the whole
 * operation before anything runs, so the status describes the whole response.
 */
export function unauthenticated(message: string, badToken = false): GraphQLError {
  const challenge = badToken ? 'Bearer realm="waic-kg", error="invalid_token"' : 'Bearer realm="waic-kg"';
  return new GraphQLError(message, {
    extensions: {
      code: AuthErrorCode.UNAUTHENTICATED,
      http: { status: 401, headers: new HeaderMap([['www-authenticate', challenge]]) },
    },
  });
}

/** Known caller, role too low: HTTP 403. */
export function forbidden(message: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: AuthErrorCode.FORBIDDEN, http: { status: 403 } },
  });
}

/** The identity provider's keys could not be fetched: not the caller's fault, so not a 401. */
export function keysUnavailable(): GraphQLError {
  return new GraphQLError('The keys to verify the token could not be fetched; retry shortly.', {
    extensions: { code: 'SERVICE_UNAVAILABLE', http: { status: 503 } },
  });
}
