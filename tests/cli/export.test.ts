import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import jsonld from 'jsonld';
import { beforeAll, describe, expect, it } from 'vitest';
import { seededApi } from '../api/fixture.js';
import { kg } from './support.js';

const api = seededApi();
let dir: string;
let stats: {
  entities: number;
  relations: number;
  statistics: number;
  citations: number;
  byRelationType: { type: string; count: number }[];
};

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kg-export-'));
  const r = await api.server.gql<{ graphStats: typeof stats }>(
    '{ graphStats { entities relations statistics citations byRelationType { type count } } }',
  );
  if (!r.data) throw new Error(JSON.stringify(r.errors));
  stats = r.data.graphStats;
});

async function exportAs(format: string, out: string): Promise<void> {
  const r = await kg(['export', '--format', format, '--out', out], { endpoint: `${api.server.url}/graphql` });
  expect(r.code, r.stderr).toBe(0);
  expect(r.stdout).toContain(`as ${format} to`);
}

type Xml = Record<string, unknown>;
const list = (v: unknown): Xml[] => (Array.isArray(v) ? v : v === undefined ? [] : [v]) as Xml[];

describe('kg export, read back with real parsers', () => {
  it('graphml: valid XML that declares its keys; every entity a node, every relation an edge', async () => {
    const file = join(dir, 'graph.graphml');
    await exportAs('graphml', file);
    const text = await readFile(file, 'utf8');
    expect(XMLValidator.validate(text)).toBe(true);
    const doc = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: '@_',
      parseTagValue: false,
    }).parse(text) as Xml;
    const graphml = doc.graphml as Xml;
    const keys = list(graphml.key);
    const keyId = (name: string, on: string) =>
      keys.find((k) => k['@_attr.name'] === name && k['@_for'] === on)?.['@_id'] as string | undefined;
    for (const name of ['kind', 'name', 'nameEn']) expect(keyId(name, 'node'), name).toBeTruthy();
    expect(keyId('type', 'edge')).toBeTruthy();

    const graph = graphml.graph as Xml;
    expect(graph['@_edgedefault']).toBe('directed');
    const nodes = list(graph.node);
    const edges = list(graph.edge);
    expect(nodes).toHaveLength(stats.entities);
    expect(edges).toHaveLength(stats.relations);
    const ids = new Set(nodes.map((n) => n['@_id']));
    expect(edges.every((e) => ids.has(e['@_source']) && ids.has(e['@_target']))).toBe(true);

    const value = (el: Xml, key: string | undefined) =>
      list(el.data).find((d) => d['@_key'] === key)?.['#text'] as string | undefined;
    const park = nodes.find((n) => n['@_id'] === 'modelspeed-space');
    expect(park && value(park, keyId('kind', 'node'))).toBe('Park');
    expect(park && value(park, keyId('name', 'node'))).toBe('模速空间');
    const typeKey = keyId('type', 'edge');
    const organized = edges.filter((e) => value(e, typeKey) === 'ORGANIZED_BY').length;
    expect(organized).toBe(stats.byRelationType.find((t) => t.type === 'ORGANIZED_BY')?.count);
  });

  it('csv: a folder of tables joined by ids', async () => {
    const out = join(dir, 'csv');
    await exportAs('csv', out);
    const read = async (name: string) =>
      parseCsv(await readFile(join(out, name), 'utf8'), { columns: true, bom: true }) as Record<
        string,
        string
      >[];
    const nodes = await read('nodes.csv');
    const relations = await read('relations.csv');
    const statistics = await read('statistics.csv');
    const citations = await read('citations.csv');
    const links = await read('citation-links.csv');
    const documents = await read('documents.csv');
    expect(nodes).toHaveLength(stats.entities);
    expect(relations).toHaveLength(stats.relations);
    expect(statistics).toHaveLength(stats.statistics);
    expect(citations).toHaveLength(stats.citations);
    expect(documents.length).toBeGreaterThan(0);

    const ids = new Set(nodes.map((n) => n.id));
    expect(relations.every((r) => ids.has(r.source) && ids.has(r.target) && r.type)).toBe(true);
    expect(statistics.every((s) => ids.has(s.subjectId) && s.statedAs)).toBe(true);
    const citationIds = new Set(citations.map((c) => c.id));
    expect(links.length).toBeGreaterThanOrEqual(stats.entities + stats.relations + stats.statistics);
    expect(links.every((l) => citationIds.has(l.citationId))).toBe(true);
    const docIds = new Set(documents.map((d) => d.id));
    expect(citations.every((c) => docIds.has(c.documentId) && c.quote)).toBe(true);

    const waic = nodes.find((n) => n.id === 'waic-2025');
    expect(waic).toMatchObject({ kind: 'Event', name: '2025世界人工智能大会', startDate: '2025-07-26' });
    expect(waic?.aliases?.split('|')).toContain('WAIC 2025');
  });

  it('json: one document, sections complete and consistent', async () => {
    const file = join(dir, 'graph.json');
    await exportAs('json', file);
    const doc = JSON.parse(await readFile(file, 'utf8')) as {
      format: string;
      entities: { id: string; kind: string; citations: string[] }[];
      relations: { source: string; target: string; type: string; citations: string[] }[];
      statistics: { subjectId: string; citations: string[] }[];
      citations: { id: string }[];
      documents: { id: string; text: string }[];
    };
    expect(doc.format).toBe('waic-kg-export');
    expect(doc.entities).toHaveLength(stats.entities);
    expect(doc.relations).toHaveLength(stats.relations);
    expect(doc.statistics).toHaveLength(stats.statistics);
    expect(doc.citations).toHaveLength(stats.citations);
    expect(doc.documents[0]?.text.length).toBeGreaterThan(100);
    const cited = new Set(doc.citations.map((c) => c.id));
    for (const fact of [...doc.entities, ...doc.relations, ...doc.statistics]) {
      expect(fact.citations.length).toBeGreaterThan(0);
      expect(fact.citations.every((c) => cited.has(c))).toBe(true);
    }
  });

  it('jsonld: expands offline with the inline context, schema.org and project terms', async () => {
    const file = join(dir, 'graph.jsonld');
    await exportAs('jsonld', file);
    const doc = JSON.parse(await readFile(file, 'utf8')) as object;
    const documentLoader = async (url: string): Promise<never> => {
      throw new Error(`remote context refused in tests: ${url}`);
    };
    const expanded = (await jsonld.expand(doc, { documentLoader })) as Record<string, unknown>[];
    const VOCAB = 'urn:waic-kg:vocab:';
    const typed = (t: string) => expanded.filter((n) => (n['@type'] as string[] | undefined)?.includes(t));
    expect(typed(`${VOCAB}Relation`)).toHaveLength(stats.relations);
    expect(typed(`${VOCAB}Statistic`)).toHaveLength(stats.statistics);
    expect(typed(`${VOCAB}Citation`)).toHaveLength(stats.citations);
    expect(typed('https://schema.org/Observation')).toHaveLength(stats.statistics);

    const waic = expanded.find(
      (n) => n['@id'] === 'urn:waic-kg:id:waic-2025' && (n['@type'] as string[] | undefined)?.length,
    );
    expect(waic?.['@type']).toEqual([`${VOCAB}Event`, 'https://schema.org/Event']);
    expect(waic?.['https://schema.org/name']).toEqual(
      expect.arrayContaining([
        { '@value': '2025世界人工智能大会' },
        { '@value': '2025 World Artificial Intelligence Conference', '@language': 'en' },
      ]),
    );

    // The direct edges make plain triples: one per relation of the type.
    const nquads = (await jsonld.toRDF(doc, {
      format: 'application/n-quads',
      documentLoader,
    })) as unknown as string;
    const organized = nquads.split('\n').filter((l) => l.split(' ')[1] === `<${VOCAB}ORGANIZED_BY>`).length;
    expect(organized).toBe(stats.byRelationType.find((t) => t.type === 'ORGANIZED_BY')?.count);
  });
});
