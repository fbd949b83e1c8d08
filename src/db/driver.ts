import neo4j, { type Driver, Neo4jError } from 'neo4j-driver';
import { DatabaseUnavailableError, translateDriverError } from './errors.js';

export interface DriverOptions {
  uri: string;
  user: string;
  password: string;
  database: string;
  connectTimeoutMs: number;
  /** How long transient faults are retried; short so an outage surfaces within seconds. */
  maxRetryMs?: number;
}

/** How long transient faults are retried by default (managed writes here, reads in the executor). */
export const DEFAULT_RETRY_MS = 1_000;

export function createDriver(o: DriverOptions): Driver {
  return neo4j.driver(o.uri, neo4j.auth.basic(o.user, o.password), {
    // Plain JS numbers: every integer the graph stores fits in 2^53.
    disableLosslessIntegers: true,
    connectionTimeout: o.connectTimeoutMs,
    connectionAcquisitionTimeout: o.connectTimeoutMs,
    maxTransactionRetryTime: o.maxRetryMs ?? DEFAULT_RETRY_MS,
    userAgent: 'waic-kg',
  });
}

/**
 * Fails with one clear line naming the URI instead of hanging: the driver's own retry would wait 30 s.
 */
export async function verifyReachable(driver: Driver, o: DriverOptions, budgetMs = 20_000): Promise<void> {
  const deadline = Date.now() + budgetMs;
  let last: unknown;
  // At least one attempt, then retries until the budget is spent.
  do {
    try {
      await driver.verifyConnectivity({ database: o.database });
      return;
    } catch (err) {
      last = err;
      // Bad credentials or a missing database will not heal by waiting.
      const permanent =
        err instanceof Neo4jError &&
        ['Neo.ClientError.Security.Unauthorized', 'Neo.ClientError.Database.DatabaseNotFound'].includes(
          err.code,
        );
      if (permanent || !(translateDriverError(err, 'connect', o.uri) instanceof DatabaseUnavailableError))
        break;
      await new Promise((r) => setTimeout(r, 500));
    }
  } while (Date.now() < deadline);
  const reason = last instanceof Error ? last.message.split('\n')[0] : String(last);
  throw new DatabaseUnavailableError(
    `Cannot reach Neo4j at ${o.uri} (database "${o.database}"): ${reason}. Check NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD, or unset NEO4J_URI to use the embedded default.`,
  );
}
