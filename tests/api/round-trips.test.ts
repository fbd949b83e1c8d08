import { describe, expect, it } from 'vitest';
import { seededApi } from './fixture.js';

const api = seededApi();

/** Statements sent to Neo4j while one GraphQL request runs. */
async function statementsFor(query: string): Promise<string[]> {
  const sent: string[] = [];
  const off = api.db.executor.onQuery((stmt) => sent.push(stmt.name));
  try {
    const r = await api.server.gql(query);
    expect(r.errors).toBeUndefined();
  } finally {
    off();
  }
  return sent;
}

const nested = (n: number) => `{
  entities(first: ${n}) { edges { node { id degree citations { quote document { title } } statistics { metric }
    relations(first: 2) { edges { other { id name citations { quote }
      relations(first: 2) { edges { node { type source { name } target { name } } other { name } } } } } } } } }
}`;

describe('round trips', () => {
  it('answers a nested request with one statement per level, however many parents (no N+1)', async () => {
    // Sizes stay under the request cost limit; 4× the parents must not mean more statements.
    const small = await statementsFor(nested(3));
    const large = await statementsFor(nested(12));
    expect(large.length).toBe(small.length);
    // entities page, citations, documents, statistics, relations, their citations, their relations, far ends
    expect(large.length).toBeLessThanOrEqual(10);
  });

  it('batches the entities of a path and a neighbourhood', async () => {
    const id = await api.idOf('模速空间');
    const sent = await statementsFor(
      `{ neighborhood(id: "${id}", depth: 2) { nodes { id name citations { quote } } relations { source { name } target { name } citations { quote } } } }`,
    );
    expect(sent.length).toBeLessThanOrEqual(4);
  });
});
