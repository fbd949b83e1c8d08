import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seededApi } from '../api/fixture.js';
import { kg } from './support.js';

const api = seededApi();

interface Stats {
  entities: number;
  relations: number;
  statistics: number;
  citations: number;
  datasetVersion: string;
  byKind: { kind: string; count: number }[];
  byRelationType: { type: string; count: number }[];
}
const STATS =
  '{ graphStats { entities relations statistics citations datasetVersion byKind { kind count } byRelationType { type count } } }';

async function graphStats(): Promise<Stats> {
  const r = await api.server.gql<{ graphStats: Stats }>(STATS);
  if (!r.data) throw new Error(JSON.stringify(r.errors));
  return r.data.graphStats;
}

describe('kg export --format cypher', () => {
  it('recreates the same graph in an emptied Neo4j, statement by statement', async () => {
    const before = await graphStats();
    const file = join(await mkdtemp(join(tmpdir(), 'kg-cypher-')), 'graph.cypher');
    const r = await kg(['export', '--format', 'cypher', '--out', file], {
      endpoint: `${api.server.url}/graphql`,
    });
    expect(r.code, r.stderr).toBe(0);

    await api.db.reset();
    expect((await graphStats()).entities).toBe(0);

    const statements = (await readFile(file, 'utf8'))
      .split('\n')
      .filter((l) => l.trim() !== '' && !l.startsWith('//'));
    expect(statements.every((s) => s.endsWith(';'))).toBe(true);
    const session = api.db.driver.session({ database: 'neo4j' });
    try {
      for (const s of statements) await session.run(s);
    } finally {
      await session.close();
    }

    // The service reads the recreated graph: the same counts per kind and type, the same dataset version.
    const after = await graphStats();
    expect(after).toEqual(before);

    const session2 = api.db.driver.session({ database: 'neo4j' });
    try {
      const res = await session2.run(
        `MATCH (e:Node:Entity:Event {id: 'waic-2025'})-[r:ORGANIZED_BY]->(o:Entity) RETURN e.name AS name,
           e.aliases AS aliases, count(o) AS organizers`,
      );
      const row = res.records[0];
      expect(row?.get('name')).toBe('2025世界人工智能大会');
      expect(row?.get('aliases')).toContain('WAIC 2025');
      expect(Number(row?.get('organizers'))).toBeGreaterThan(0);
      const orphans = await session2.run('MATCH (c:Citation) WHERE c.subjectId IS NULL RETURN count(c) AS n');
      const docCitations = await session2.run('MATCH (d:Document) RETURN count(d) AS n');
      expect(Number(docCitations.records[0]?.get('n'))).toBeGreaterThan(0);
      // Only citations of documents have no subject the API can list (Document has no citations field).
      expect(Number(orphans.records[0]?.get('n'))).toBeLessThan(before.citations);
      const float = await session2.run(
        'MATCH (s:Statistic) WHERE s.value IS NOT NULL RETURN s.value AS v LIMIT 1',
      );
      expect(typeof float.records[0]?.get('v')).toBe('number');
    } finally {
      await session2.close();
    }
  });
});
