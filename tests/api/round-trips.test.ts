import { describe, expect, it } from 'vitest';
import type { Executor } from '../../src/db/executor.js';
import { statementsDuring } from '../support/db.js';
import { seededApi } from './fixture.js';

const api = seededApi();

/** Statements sent to Neo4j while one GraphQL request runs. */
async function statementsFor(query: string): Promise<string[]> {
  const { result, sent } = await statementsDuring(api.db.executor, () => api.server.gql(query));
  expect(result.errors).toBeUndefined();
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

  describe('entity with its relation page', () => {
    /** When each read starts and ends, by statement name, while one request runs. */
    async function timeline(query: string, variables: Record<string, unknown>) {
      const executor = api.db.executor;
      const read = executor.read;
      const log: string[] = [];
      executor.read = async function (this: Executor, ...a: Parameters<Executor['read']>) {
        log.push(`start ${a[0].name}`);
        try {
          return await read.apply(this, a);
        } finally {
          log.push(`end ${a[0].name}`);
        }
      };
      try {
        return { log, response: await api.server.gql(query, variables) };
      } finally {
        executor.read = read;
      }
    }
    const page = `relations(first: 5, types: [LOCATED_IN, HELD_IN, PART_OF]) {
      totalCount edges { direction node { type modality } other { name } } }`;

    it('reads the page alongside the entity, not after it, and only once', async () => {
      const id = await api.idOf('模速空间');
      const { log, response } = await timeline(`query($id: ID!) { entity(id: $id) { name ${page} } }`, {
        id,
      });
      expect(response.errors).toBeUndefined();
      // Two reads (the page's key matched the one the entity started), overlapping.
      expect(log.filter((l) => l.startsWith('start'))).toHaveLength(2);
      expect(log.indexOf('start generated/relations-of-entities')).toBeGreaterThan(-1);
      expect(log.indexOf('start generated/relations-of-entities')).toBeLessThan(
        log.indexOf('end entities/by-ids'),
      );
    });

    it('gives the same answer as the page read after the entity', async () => {
      const id = await api.idOf('模速空间');
      // Under a type condition the page is not started early: which fragment applies waits for the entity.
      const early = await timeline(`query($id: ID!) { entity(id: $id) { name ${page} } }`, { id });
      const late = await timeline(`query($id: ID!) { entity(id: $id) { name ... on Park { ${page} } } }`, {
        id,
      });
      expect(late.log.indexOf('start generated/relations-of-entities')).toBeGreaterThan(
        late.log.indexOf('end entities/by-ids'),
      );
      expect(early.response).toEqual(late.response);
      expect(
        (early.response.data as { entity: { relations: { totalCount: number } } }).entity.relations
          .totalCount,
      ).toBeGreaterThan(0);
    });

    type Edges = { edges: { cursor: string; node: { id: string } }[]; pageInfo: { endCursor: string } };
    const pages = (r: { data?: unknown }) => (r.data as { entity: Record<string, Edges> }).entity;

    it("shares the document's analysis across requests, never a variable's value", async () => {
      const id = await api.idOf('2025世界人工智能大会');
      // Each document is sent several times: later runs are answered from what the first one worked out.
      const byVariable = `query($id: ID!, $n: Int) { entity(id: $id) { name
        a: relations(first: $n) { edges { cursor node { id } } pageInfo { endCursor } } } }`;
      const byCondition = `query($id: ID!, $page: Boolean!) { entity(id: $id) { name
        a: relations(first: 3) @include(if: $page) { edges { cursor node { id } } pageInfo { endCursor } } } }`;
      const runs = [
        [byVariable, { n: 2 }, 2],
        [byVariable, { n: 5 }, 5],
        [byCondition, { page: true }, 3],
        [byCondition, { page: false }, -1],
        [byCondition, { page: true }, 3],
        [byVariable, { n: 4 }, 4],
      ] as const;
      for (const [query, variables, expected] of runs) {
        const { log, response } = await timeline(query, { id, ...variables });
        expect(response.errors).toBeUndefined();
        expect(pages(response).a?.edges.length ?? -1).toBe(expected);
        // The page starts alongside the entity, with the arguments it is then asked for (one read, not a
        // stale early one and the right one); a page the request leaves out is not read.
        expect(log.filter((l) => l.startsWith('start'))).toHaveLength(expected > 0 ? 2 : 1);
      }

      // Literal arguments, with one page after the other's end: separate loads, and the cursors page on.
      const first = await timeline(
        `query($id: ID!) { entity(id: $id) {
        a: relations(first: 2) { edges { cursor node { id } } pageInfo { endCursor } } } }`,
        { id },
      );
      const a = pages(first.response).a as Edges;
      expect(a.pageInfo.endCursor).toBe(a.edges[1]?.cursor);
      const both = `query($id: ID!) { entity(id: $id) {
        a: relations(first: 2) { edges { cursor node { id } } pageInfo { endCursor } }
        b: relations(first: 2, after: "${a.pageInfo.endCursor}") { edges { cursor node { id } } pageInfo { endCursor } } } }`;
      for (let i = 0; i < 2; i++) {
        const { log, response } = await timeline(both, { id });
        expect(response.errors).toBeUndefined();
        const { a: again, b } = pages(response) as { a: Edges; b: Edges };
        expect(again).toEqual(a);
        expect(b.edges).toHaveLength(2);
        expect(b.edges.map((e) => e.node.id)).not.toContain(a.edges[0]?.node.id);
        expect(b.edges.map((e) => e.node.id)).not.toContain(a.edges[1]?.node.id);
        expect(log.filter((l) => l.startsWith('start'))).toHaveLength(3);
      }
    });

    it('leaves bad page arguments and unknown entities to the fields they belong to', async () => {
      const id = await api.idOf('模速空间');
      const bad = await api.server.gql(
        `query($id: ID!) { entity(id: $id) { name relations(first: -1) { totalCount } } }`,
        {
          id,
        },
      );
      // The page is non-null, so its error nulls the entity, as it did before pages started early.
      expect(bad.data).toEqual({ entity: null });
      expect(bad.errors?.map((e) => [e.path, e.extensions?.code])).toEqual([
        [['entity', 'relations'], 'BAD_USER_INPUT'],
      ]);
      const { log, response } = await timeline(`query { entity(id: "no-such-entity") { name ${page} } }`, {});
      expect(response).toMatchObject({ status: 200, data: { entity: null } });
      expect(response.errors).toBeUndefined();
      expect(log.filter((l) => l.startsWith('start'))).toHaveLength(2);
    });
  });
});
