/** The entities a benchmark run queries: the median-degree entity and the hub, picked from the data. */
import neo4j from 'neo4j-driver';
import type { Subject, Target } from './workloads.js';

export async function pickSubjects(
  uri: string,
): Promise<{ subjects: Subject[]; entities: number; relations: number }> {
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', process.env.NEO4J_PASSWORD ?? 'waic-kg-dev'), {
    disableLosslessIntegers: true,
  });
  try {
    const session = driver.session({ database: 'neo4j' });
    try {
      const ranked = await session.run(`
        MATCH (n:Entity) WITH n, COUNT { (n)--() } AS degree ORDER BY degree, n.id
        WITH collect({ id: n.id, name: n.name, kind: n.kind, degree: degree }) AS ranked
        RETURN size(ranked) AS entities, ranked[size(ranked) / 2] AS median, ranked[-1] AS hub, ranked[-2] AS hub2`);
      const counts = await session.run('MATCH ()-[r]->() RETURN count(r) AS relations');
      const row = ranked.records[0];
      if (!row) throw new Error('the database holds no entity');
      const t = (k: string) => row.get(k) as Target;
      return {
        // Paths go from the subject to the second hub: how a typical entity reaches the centre of the graph.
        subjects: [
          { role: 'median', entity: t('median'), other: t('hub2') },
          { role: 'hub', entity: t('hub'), other: t('hub2') },
        ],
        entities: Number(row.get('entities')),
        relations: Number(counts.records[0]?.get('relations') ?? 0),
      };
    } finally {
      await session.close();
    }
  } finally {
    await driver.close();
  }
}
