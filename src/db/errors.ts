import { Neo4jError } from 'neo4j-driver';

/** Neo4j cannot be reached (down, restarting, no leader): the client may retry later. */
export class DatabaseUnavailableError extends Error {
  override name = 'DatabaseUnavailableError';
}

/** A statement ran past its transaction timeout. */
export class QueryTimeoutError extends Error {
  override name = 'QueryTimeoutError';
}

const UNAVAILABLE_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
  'Neo.ClientError.Cluster.NotALeader',
  'Neo.ClientError.General.ForbiddenOnReadOnlyDatabase',
  'Neo.ClientError.Database.DatabaseNotFound',
]);

/** Maps driver errors onto the few kinds the API distinguishes; anything else stays internal. */
export function translateDriverError(err: unknown, statement: string, target: string): Error {
  if (err instanceof Neo4jError) {
    if (UNAVAILABLE_CODES.has(err.code) || err.code.startsWith('Neo.TransientError.Cluster')) {
      return new DatabaseUnavailableError(`Neo4j at ${target} is unavailable: ${err.message}`, {
        cause: err,
      });
    }
    if (err.code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut')) {
      return new QueryTimeoutError(`Statement ${statement} exceeded its transaction timeout`, { cause: err });
    }
    if (err.code === 'Neo.ClientError.Security.Unauthorized') {
      return new DatabaseUnavailableError(
        `Neo4j at ${target} refused the credentials of NEO4J_USER (check NEO4J_USER/NEO4J_PASSWORD)`,
        { cause: err },
      );
    }
  }
  if (err instanceof Error && /ECONNREFUSED|ECONNRESET|ETIMEDOUT|EHOSTUNREACH|ENOTFOUND/.test(err.message)) {
    return new DatabaseUnavailableError(`Neo4j at ${target} is unavailable: ${err.message}`, { cause: err });
  }
  return err instanceof Error ? err : new Error(String(err));
}
