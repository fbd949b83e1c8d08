import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compactCypher, cypher, cypherScript } from '../../src/db/cypher.js';
import { projectPath } from '../../src/paths.js';
import { type TestDb, testDb } from '../support/db.js';

describe('compactCypher', () => {
  it('drops comments and folds whitespace, keeping a newline where there was one', () => {
    const src = [
      '// what it does',
      'MATCH (n:Entity {id: $id})   // the one asked for',
      '  /* a block',
      '     comment */  WHERE n.degree >\t1',
      '',
      'RETURN n',
      '',
    ].join('\n');
    expect(compactCypher(src)).toBe('MATCH (n:Entity {id: $id})\nWHERE n.degree > 1\nRETURN n');
  });

  it('leaves string literals and backticked names as they are', () => {
    const src = `RETURN 'http://a  b' AS u, "it\\"s // not a comment" AS s, 'a\\'  b' AS q, n.\`odd // name\`  AS x`;
    expect(compactCypher(src)).toBe(src.replace('  AS x', ' AS x'));
  });
});

describe('every statement in cypher/', () => {
  let db: TestDb;
  beforeAll(() => {
    db = testDb();
  });
  afterAll(() => db.close());

  // Schema scripts hold several DDL statements each, which EXPLAIN does not take.
  const scripts = ['schema/constraints', 'schema/indexes', 'schema/relationship-indexes', 'changes/schema'];
  const names = readdirSync(projectPath('cypher'), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.cypher'))
    .map((f) => f.replace(/\.cypher$/, ''))
    .filter((name) => !scripts.includes(name));

  it('finds the statements', () => {
    expect(names.length).toBeGreaterThan(50);
  });

  // A compaction that cut a string or joined two tokens would show as a syntax error or another plan here.
  it.each(names)('%s compiles as sent', async (name) => {
    const stmt = cypher(name);
    expect(stmt.text).not.toMatch(/\/\/|\n\s/);
    await expect(db.executor.explain(stmt)).resolves.toBeTruthy();
  });

  it.each(scripts)('%s splits into single statements', (name) => {
    const statements = cypherScript(name);
    expect(statements.length).toBeGreaterThan(0);
    for (const s of statements)
      expect(s.text).toMatch(/^CREATE (CONSTRAINT|(FULLTEXT |RANGE )?INDEX) \S+ IF NOT EXISTS [^;]+$/);
  });
});
