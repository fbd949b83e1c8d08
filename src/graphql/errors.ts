import { GraphQLError } from 'graphql';
import { DatabaseUnavailableError, QueryTimeoutError } from '../db/errors.js';

/** Error codes the API promises in extensions.code, beyond Apollo's built-in ones. */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  TIMEOUT: 'TIMEOUT',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;

/** Bad input: names the argument and the bound it broke. */
export function badInput(argument: string, message: string): GraphQLError {
  return new GraphQLError(`Argument "${argument}" ${message}`, {
    extensions: { code: ErrorCode.BAD_USER_INPUT, argument },
  });
}

/** The code and HTTP status a thrown error maps to, or null for unexpected errors. */
export function classify(err: unknown): { code: string; status: number } | null {
  if (err instanceof DatabaseUnavailableError) return { code: ErrorCode.SERVICE_UNAVAILABLE, status: 503 };
  if (err instanceof QueryTimeoutError) return { code: ErrorCode.TIMEOUT, status: 503 };
  return null;
}
