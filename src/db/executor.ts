import neo4j, { type Driver, type ManagedTransaction, type QueryResult } from 'neo4j-driver';
import type { Statement } from './cypher.js';
import { translateDriverError } from './errors.js';

export type Params = Record<string, unknown>;
export type Row = Record<string, unknown>;

export interface ExecutorOptions {
  database: string;
  txTimeoutMs: number;
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
 * The only code that talks to neo4j-driver. Reads go through executeRead and writes through executeWrite so a
 * cluster routes them and the driver retries transient faults; the database is always named; every
 * transaction has a timeout; driver errors come out translated.
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
    return this.session('READ', async (s) =>
      s.executeRead(
        async (tx) => {
          this.notify(stmt, params);
          return rows(await tx.run(stmt.text, params));
        },
        { timeout: this.opts.txTimeoutMs },
      ),
    );
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
