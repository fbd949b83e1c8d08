import { OutFile } from './file.js';
import {
  type CitationLink,
  type CitationRecord,
  type DocumentRecord,
  type EntityRecord,
  FLOAT_FIELDS,
  type Props,
  type PropValue,
  type RelationRecord,
  type StatisticRecord,
} from './records.js';
import { type ExportHeader, linksOf, type Section, type Sink } from './sink.js';

const ESCAPES: Record<string, string> = { '\\': '\\\\', "'": "\\'", '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * A Cypher string literal. Line breaks are escaped too, so every statement of the script is one line and the
 * script can be split and replayed line by line.
 */
export function cypherString(s: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters to escape is the point.
  return `'${s.replace(/[\\'\u0000-\u001f\u2028\u2029]/g, (c) => ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}'`;
}

/** Backticks make any name safe, keywords (`end`) included. */
export function cypherName(name: string): string {
  return `\`${name.replace(/`/g, '``')}\``;
}

function literal(v: PropValue, float: boolean): string {
  if (typeof v === 'string') return cypherString(v);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'number') {
    const text = String(v);
    // Cypher reads 3 as an integer: a GraphQL Float must keep its type in the recreated graph.
    return float && /^-?\d+$/.test(text) ? `${text}.0` : text;
  }
  return `[${v.map((x) => cypherString(x)).join(', ')}]`;
}

export function cypherMap(props: Props): string {
  const parts = Object.entries(props).map(([k, v]) => `${cypherName(k)}: ${literal(v, FLOAT_FIELDS.has(k))}`);
  return `{${parts.join(', ')}}`;
}

function groupBy<T>(items: T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

/**
 * A Cypher script that recreates the graph in an empty Neo4j: parameter-free statements, one per line, each an
 * UNWIND over a page of literal maps. Nodes carry :Node plus their label (:Entity:<Kind>, :Statistic, :Citation,
 * :Document) as the service stores them; relationships carry their type and properties. The unique constraint on
 * :Node(id) both speeds the MATCHes and makes a run against a non-empty database fail instead of duplicating.
 */
export class CypherSink implements Sink {
  readonly sections: ReadonlySet<Section> = new Set<Section>([
    'documents',
    'citations',
    'entities',
    'relations',
    'statistics',
  ]);
  private readonly file: OutFile;
  private header: ExportHeader | null = null;

  constructor(path: string) {
    this.file = new OutFile(path);
  }

  async begin(h: ExportHeader): Promise<void> {
    this.header = h;
    await this.file.write(
      [
        `// WAIC knowledge graph, dataset ${h.datasetVersion}, exported ${h.exportedAt} from ${h.endpoint}`,
        `// ${h.counts.entities} entities, ${h.counts.relations} relations, ${h.counts.statistics} statistics, ${h.counts.citations} citations.`,
        '// Run against an EMPTY database, e.g. `cypher-shell -f graph.cypher`; one statement per line.',
        'CREATE CONSTRAINT node_id IF NOT EXISTS FOR (n:Node) REQUIRE n.id IS UNIQUE;',
        '',
      ].join('\n'),
    );
  }

  private nodes(labels: string[], batch: Props[]): string {
    if (batch.length === 0) return '';
    const rows = batch.map(cypherMap).join(', ');
    return `UNWIND [${rows}] AS row CREATE (n:${labels.map(cypherName).join(':')}) SET n = row;\n`;
  }

  /** Citations exist by now (they are fetched first); the links give them their subject, as the service stores. */
  private links(links: CitationLink[]): string {
    if (links.length === 0) return '';
    const rows = links
      .map((l) => cypherMap({ c: l.citationId, s: l.subjectId, t: l.subjectType }))
      .join(', ');
    return `UNWIND [${rows}] AS row MATCH (c:Node {id: row.c}) SET c.subjectId = row.s, c.subjectType = row.t;\n`;
  }

  async documents(batch: DocumentRecord[]): Promise<void> {
    await this.file.write(
      this.nodes(
        ['Node', 'Document'],
        batch.map((d) => d.props),
      ),
    );
  }

  async citations(batch: CitationRecord[]): Promise<void> {
    await this.file.write(
      this.nodes(
        ['Node', 'Citation'],
        batch.map((c) => c.props),
      ),
    );
  }

  async entities(batch: EntityRecord[]): Promise<void> {
    let text = '';
    for (const [kind, group] of groupBy(batch, (e) => e.kind)) {
      text += this.nodes(
        ['Node', 'Entity', kind],
        group.map((e) => e.props),
      );
    }
    await this.file.write(text + this.links(linksOf('entity', batch)));
  }

  async relations(batch: RelationRecord[]): Promise<void> {
    let text = '';
    for (const [type, group] of groupBy(batch, (r) => r.type)) {
      const rows = group.map(
        (r) => `{s: ${cypherString(r.source)}, t: ${cypherString(r.target)}, p: ${cypherMap(r.props)}}`,
      );
      text +=
        `UNWIND [${rows.join(', ')}] AS row MATCH (s:Node {id: row.s}), (t:Node {id: row.t}) ` +
        `CREATE (s)-[r:${cypherName(type)}]->(t) SET r = row.p;\n`;
    }
    await this.file.write(text + this.links(linksOf('relation', batch)));
  }

  async statistics(batch: StatisticRecord[]): Promise<void> {
    await this.file.write(
      this.nodes(
        ['Node', 'Statistic'],
        batch.map((s) => s.props),
      ) + this.links(linksOf('statistic', batch)),
    );
  }

  async finish(): Promise<string[]> {
    const h = this.header;
    if (h) {
      await this.file.write(
        `MERGE (d:Dataset {key: 'default'}) SET d.version = ${cypherString(h.datasetVersion)}, d.loadedAt = ${cypherString(h.exportedAt)};\n`,
      );
    }
    await this.file.commit();
    return [this.file.path];
  }

  async discard(): Promise<void> {
    await this.file.discard();
  }
}
