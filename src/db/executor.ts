import neo4j, {
  type Driver,
  isRetryableError,
  type ManagedTransaction,
  type QueryResult,
} from 'neo4j-driver';
import pRetry from 'p-retry';
import type { Statement } from './cypher.js';
import { DEFAULT_RETRY_MS } from './driver.js';
import { translateDriverError } from './errors.js';

export type Params = Record<string, unknown>;
export type Row = Record<string, unknown>;

export interface ExecutorOptions {
  database: string;
  txTimeoutMs: number;
  /** How long a read retries transient faults (the driver's maxTransactionRetryTime does so for writes). */
  retryMs?: number;
  /** For messages only: where the driver points. */
  target: string;
}

export interface Counters {
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
  propertiesSet: number;
  labelsAdded: number;
}

/** A write transaction handed to callers that need several statements to commit together. */
export interface WriteTx {
  run(stmt: Statement, params?: Params): Promise<Row[]>;
  counters(): Counters;
}

/** Listens to every statement sent, e.g. to count round trips in tests. */
export type QueryListener = (stmt: Statement, params: Params) => void;

/** Integer parameters must be sent as Neo4j integers where Cypher insists (LIMIT, SKIP, range bounds). */
export const int = (n: number) => neo4j.int(n);

function rows(result: QueryResult): Row[] {
  return result.records.map((r) => r.toObject() as Row);
}

/**
 * neo4j-driver formats a stack trace for every statement it starts, only to graft it onto a later error; under
 * load that was 6.5% of the service's CPU (bench/README.md). The executor translates every error it passes on,
 * so the trace is never read: the capture runs with an empty stack.
 */
export function withoutCallerStack<T>(start: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return start();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/**
 * The only code that talks to neo4j-driver. A read is one auto-commit statement in a READ session: a cluster
 * routes it to a reader, Neo4j refuses writes in it, and it skips the BEGIN and COMMIT round trips a managed
 * transaction adds (a third to a half of the service's CPU per request and up to a third of Neo4j's,
 * bench/README.md). Reads are idempotent, so the executor retries their transient faults itself. Writes go
 * through executeWrite, whose transaction holds several statements and which the driver retries. The database
 * is always named, every transaction has a timeout, and driver errors come out translated.
 */
export class Executor {
  private readonly listeners = new Set<QueryListener>();

  constructor(
    readonly driver: Driver,
    private readonly opts: ExecutorOptions,
  ) {}

  get database(): string {
    return this.opts.database;
  }

  onQuery(listener: QueryListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private notify(stmt: Statement, params: Params): void {
    for (const l of this.listeners) l(stmt, params);
  }

  async read(stmt: Statement, params: Params = {}): Promise<Row[]> {
    try {
      try {
        // Almost every read succeeds at once, and p-retry's bookkeeping cost 1% of the service's CPU: only a
        // transient fault enters it.
        return await this.readOnce(stmt, params);
      } catch (first) {
        if (!isRetryableError(first)) throw first;
        // That failure is p-retry's first attempt, so the back-off comes before the next one.
        let failed: unknown = first;
        const attempt = () => {
          if (failed === undefined) return this.readOnce(stmt, params);
          const err = failed;
          failed = undefined;
          return Promise.reject(err);
        };
        return await pRetry(attempt, {
          // Bounded by time, as the driver bounds its own retries: 1 s, then doubling with jitter.
          retries: 10,
          maxRetryTime: this.opts.retryMs ?? DEFAULT_RETRY_MS,
          minTimeout: 1_000,
          randomize: true,
          shouldRetry: ({ error }) => isRetryableError(error),
        });
      }
    } catch (err) {
      throw translateDriverError(err, stmt.name, this.opts.target);
    }
  }

  private async readOnce(stmt: Statement, params: Params): Promise<Row[]> {
    const session = this.driver.session({
      database: this.opts.database,
      defaultAccessMode: neo4j.session.READ,
    });
    try {
      this.notify(stmt, params);
      const result = withoutCallerStack(() =>
        session.run(stmt.text, params, { timeout: this.opts.txTimeoutMs }),
      );
      return rows(await result);
    } finally {
      await session.close();
    }
  }

  async write(stmt: Statement, params: Params = {}): Promise<Row[]> {
    return this.writeTx(async (tx) => tx.run(stmt, params));
  }

  /** Runs fn in one write transaction: everything it runs commits together or not at all. */
  async writeTx<T>(fn: (tx: WriteTx) => Promise<T>): Promise<T> {
    return this.session('WRITE', async (s) =>
      s.executeWrite(
        async (mtx: ManagedTransaction) => {
          const counters: Counters = {
            nodesCreated: 0,
            nodesDeleted: 0,
            relationshipsCreated: 0,
            relationshipsDeleted: 0,
            propertiesSet: 0,
            labelsAdded: 0,
          };
          const tx: WriteTx = {
            run: async (stmt, params = {}) => {
              this.notify(stmt, params);
              const result = await mtx.run(stmt.text, params);
              const u = result.summary.counters.updates();
              counters.nodesCreated += u.nodesCreated;
              counters.nodesDeleted += u.nodesDeleted;
              counters.relationshipsCreated += u.relationshipsCreated;
              counters.relationshipsDeleted += u.relationshipsDeleted;
              counters.propertiesSet += u.propertiesSet;
              counters.labelsAdded += u.labelsAdded;
              return rows(result);
            },
            counters: () => ({ ...counters }),
          };
          return fn(tx);
        },
        { timeout: this.opts.txTimeoutMs },
      ),
    );
  }

  /** Schema statements (constraints, indexes) cannot run in a managed transaction with other work. */
  async schema(stmt: Statement): Promise<void> {
    await this.session('WRITE', async (s) => {
      this.notify(stmt, {});
      await s.run(stmt.text, {}, { timeout: this.opts.txTimeoutMs });
    });
  }

  /** Plan of a statement without running it, for index checks. */
  async explain(stmt: Statement, params: Params = {}): Promise<unknown> {
    return this.session('READ', async (s) => {
      const result = await s.run(`EXPLAIN ${stmt.text}`, params);
      return result.summary.plan;
    });
  }

  async ping(): Promise<void> {
    await this.session('READ', async (s) => {
      await s.executeRead((tx) => tx.run('RETURN 1'), { timeout: this.opts.txTimeoutMs });
    });
  }

  private async session<T>(mode: 'READ' | 'WRITE', fn: (s: neo4j.Session) => Promise<T>): Promise<T> {
    const session = this.driver.session({
      database: this.opts.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
    try {
      return await fn(session);
    } catch (err) {
      throw translateDriverError(err, 'statement', this.opts.target);
    } finally {
      await session.close();
    }
  }
}
