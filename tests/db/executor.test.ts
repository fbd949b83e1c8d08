import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDriver } from '../../src/db/driver.js';
import { DatabaseUnavailableError, QueryTimeoutError } from '../../src/db/errors.js';
import { Executor } from '../../src/db/executor.js';
import { type TestDb, testDb } from '../support/db.js';

// Reads are auto-commit statements in a READ session (src/db/executor.ts); these pin what that must keep.
describe('executor reads', () => {
  let db: TestDb;

  beforeAll(async () => {
    db = testDb();
    await db.reset();
  });

  afterAll(async () => {
    await db.close();
  });

  const attempts = (executor: Executor) => {
    let n = 0;
    executor.onQuery(() => {
      n++;
    });
    return () => n;
  };

  it('refuses a write: a read runs in read access mode', async () => {
    const err = await db.executor
      .read({ name: 'test/sneaky-write', text: 'CREATE (p:ReadProbe) RETURN p' })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Error);
    expect(String((err as Error).message)).toMatch(/read/i);
    const rows = await db.executor.read({
      name: 'test/count',
      text: 'MATCH (p:ReadProbe) RETURN count(p) AS n',
    });
    expect(rows[0]?.n).toBe(0);
  });

  it('stops a read at its timeout with QueryTimeoutError, and does not retry it', async () => {
    const executor = new Executor(db.driver, { database: 'neo4j', txTimeoutMs: 300, target: db.uri });
    const count = attempts(executor);
    const err = await executor
      .read({
        name: 'test/slow',
        text: 'UNWIND range(1, 1000000000) AS x WITH x WHERE x < 0 RETURN count(x) AS n',
      })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(QueryTimeoutError);
    expect((err as Error).message).toContain('test/slow');
    expect(count()).toBe(1);
  });

  it('does not retry a statement Neo4j rejects', async () => {
    const count = attempts(db.executor);
    const err = await db.executor
      .read({ name: 'test/bad', text: 'MATCH (n RETURN n' })
      .catch((e: unknown) => e);
    expect((err as { code?: string }).code).toBe('Neo.ClientError.Statement.SyntaxError');
    expect(count()).toBe(1);
  });

  it('retries a transient fault for its retry time, then reports the database unavailable', async () => {
    const uri = 'bolt://127.0.0.1:1';
    const driver = createDriver({
      uri,
      user: 'neo4j',
      password: 'x',
      database: 'neo4j',
      connectTimeoutMs: 500,
    });
    try {
      const executor = new Executor(driver, {
        database: 'neo4j',
        txTimeoutMs: 1_000,
        retryMs: 1_500,
        target: uri,
      });
      const count = attempts(executor);
      const started = Date.now();
      const err = await executor
        .read({ name: 'test/unreachable', text: 'RETURN 1' })
        .catch((e: unknown) => e);
      const elapsed = Date.now() - started;
      expect(err).toBeInstanceOf(DatabaseUnavailableError);
      expect((err as Error).message).toContain(uri);
      // Retried after a back-off of 1–2 s cut to what is left of the 1.5 s, and not once the 1.5 s are spent.
      expect(count()).toBeGreaterThanOrEqual(2);
      expect(elapsed).toBeGreaterThanOrEqual(900);
      expect(elapsed).toBeLessThan(6_000);
    } finally {
      await driver.close();
    }
  });
});
