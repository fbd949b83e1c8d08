/**
 * The floor's work: the service's own statements from cypher/ through neo4j-driver, each answer shaped as plain
 * JSON. No GraphQL, no framework, no executor; search ranks with the service's own functions, since ranking is
 * the feature, not the layer. raw.ts serves it over bare node:http; apollo-floor.ts behind Apollo Server, so the
 * mandated stack's own cost per request is measured apart from the service's.
 */
import neo4j, { type Driver } from 'neo4j-driver';
import { cypher } from '../../src/db/cypher.js';
import { withoutCallerStack } from '../../src/db/executor.js';
import { rank, toLucene } from '../../src/search/query.js';
import { countOf } from '../../src/services/entities.js';
import { pathsStatement } from '../../src/services/explore.js';
import { HubHints } from '../../src/services/hubs.js';
import {
  ENTITY_PAGE_FIELDS,
  NEIGHBORHOOD_FIELDS,
  neighborhoodParams,
  PATHS_FIELDS,
  pathsParams,
  relationPageParams,
} from '../statements.js';
import { benchDriver } from './common.js';

type Row = Record<string, unknown>;
type Entity = {
  id: string;
  kind: string;
  name: string;
  nameEn?: string | null;
  degree: number;
  aliases?: string[];
};

/** The floor's driver, opened on first use with the server's --uri. */
let driver: Driver | undefined;
export function openFloor(uri: string): Driver {
  driver ??= benchDriver(uri);
  return driver;
}

/** The driver as the executor uses it for reads: one auto-commit statement, no caller stack captured. */
async function read(name: string, params: Row): Promise<Row[]> {
  if (!driver) throw new Error('openFloor first');
  const session = driver.session({ database: 'neo4j', defaultAccessMode: neo4j.session.READ });
  try {
    const result = await withoutCallerStack(() =>
      session.run(cypher(name).text, params, { timeout: 10_000 }),
    );
    return result.records.map((r) => r.toObject() as Row);
  } finally {
    await session.close();
  }
}

const node = (e: Row) => ({
  id: e.id,
  kind: e.kind,
  name: e.name,
  nameEn: e.nameEn ?? null,
  degree: e.degree,
});
const rel = (r: Row) => ({ id: r.id, type: r.type, sourceId: r.sourceId, targetId: r.targetId });

/** Where each projected field sits in a statement's value lists (the projection's key order), found once. */
const positions = (keys: readonly string[]) => (name: string) => {
  const i = keys.indexOf(name);
  if (i < 0) throw new Error(`${name} is not projected`);
  return i;
};
const pageEnd = positions(ENTITY_PAGE_FIELDS.entity);
const PAGE = { kind: pageEnd('kind'), name: pageEnd('name'), degree: pageEnd('degree') };
// A relation's values are [id, type, source, target, ...its projected keys].
const pageRel = positions(['id', 'type', 'source', 'target', ...ENTITY_PAGE_FIELDS.relation]);
const REL = { modality: pageRel('modality'), when: pageRel('when') };
const hoodNode = positions(NEIGHBORHOOD_FIELDS.entity);
const HOOD = {
  kind: hoodNode('kind'),
  name: hoodNode('name'),
  nameEn: hoodNode('nameEn'),
  degree: hoodNode('degree'),
};
const wayNode = positions(PATHS_FIELDS.entity);
const WAY = { kind: wayNode('kind'), name: wayNode('name'), degree: wayNode('degree') };

// The service's choice of page statement, learned the same way (src/services/hubs.ts).
const hubs = new HubHints();

async function entity(id: string) {
  // Both statements at once: a hand-written endpoint knows the id up front.
  const [rows, pages] = await Promise.all([
    read('entities/by-ids', { ids: [id] }),
    read(
      hubs.has(id) ? 'generated/relations-of-hubs' : 'generated/relations-of-entities',
      relationPageParams(id),
    ),
  ]);
  const e = rows[0]?.entity as Entity | undefined;
  if (!e) return null;
  const page = pages[0] ?? {};
  hubs.observe(id, Number(page.total ?? 0), true);
  const edges = ((page.edges as [unknown[], unknown[]][]) ?? []).slice(0, 20);
  return {
    id: e.id,
    kind: e.kind,
    name: e.name,
    nameEn: e.nameEn ?? null,
    aliases: e.aliases ?? [],
    degree: e.degree,
    totalCount: page.total,
    edges: edges.map(([r, o]) => ({
      id: r[0],
      type: r[1],
      direction: r[2] === id ? 'OUTGOING' : 'INCOMING',
      modality: r[REL.modality] ?? 'REPORTED',
      when: r[REL.when] ?? null,
      other: { id: o[0], kind: o[PAGE.kind], name: o[PAGE.name], degree: o[PAGE.degree] },
    })),
  };
}

async function search(text: string) {
  const lucene = toLucene(text);
  if (!lucene) return [];
  const rows = await read('search/fulltext', { lucene, kinds: null, candidates: neo4j.int(100) });
  const scores = rows.map((r) => Number(r.score));
  const max = Math.max(0, ...scores);
  return rows
    .map((r, i) => {
      const e = r.entity as Entity;
      return { e, ...rank(e, text, scores[i] ?? 0, max) };
    })
    .sort((a, b) => b.score - a.score || a.e.name.length - b.e.name.length || (a.e.id < b.e.id ? -1 : 1))
    .slice(0, 10)
    .map((h) => ({ id: h.e.id, kind: h.e.kind, name: h.e.name }));
}

async function neighborhood(id: string, depth: number, limit: number) {
  const [row] = await read('explore/neighborhood', neighborhoodParams(id, depth, limit));
  if (!row) return { nodes: [], relations: [], truncated: false };
  return {
    nodes: (row.nodes as unknown[][]).map((n) =>
      node({
        id: n[0],
        kind: n[HOOD.kind],
        name: n[HOOD.name],
        nameEn: n[HOOD.nameEn],
        degree: n[HOOD.degree],
      }),
    ),
    relations: (row.relations as unknown[][]).map(([id, type, sourceId, targetId]) =>
      rel({ id, type, sourceId, targetId }),
    ),
    truncated: row.truncated === true,
  };
}

async function paths(from: string, to: string, maxHops: number, first: number) {
  const rows = await read(pathsStatement(maxHops, first), pathsParams(from, to, first));
  return rows.map((r) => ({
    nodes: (r.nodes as unknown[][]).map((n) =>
      node({ id: n[0], kind: n[WAY.kind], name: n[WAY.name], degree: n[WAY.degree] }),
    ),
    relations: (r.relations as unknown[][]).map(([id, type, sourceId, targetId]) =>
      rel({ id, type, sourceId, targetId }),
    ),
  }));
}

async function entities(kind: string, first: number) {
  const filters = { kinds: [kind], ids: null, categories: null, prefix: null, minDegree: null };
  const count = countOf(filters);
  const [rows, total] = await Promise.all([
    read('entities/page-by-kinds', { ...filters, afterKey: '', afterId: '', limit: neo4j.int(first + 1) }),
    read(count.statement.name, filters).then(count.total),
  ]);
  const list = rows.map((r) => node(r.entity as Row));
  return { totalCount: total, hasNextPage: list.length > first, nodes: list.slice(0, first) };
}

/** A floor endpoint by path; `q` reads a text argument, `n` a number with its default. */
export function answer(
  path: string,
  q: (k: string) => string,
  n: (k: string, d: number) => number,
): Promise<unknown> {
  switch (path) {
    case '/entity':
      return entity(q('id'));
    case '/search':
      return search(q('q'));
    case '/neighborhood':
      return neighborhood(q('id'), n('depth', 1), n('limit', 200));
    case '/paths':
      return paths(q('from'), q('to'), n('maxHops', 4), n('first', 3));
    case '/entities':
      return entities(q('kind'), n('first', 20));
    default:
      return Promise.reject(new Error('not found'));
  }
}
