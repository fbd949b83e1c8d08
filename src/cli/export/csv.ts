import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { OutFile } from './file.js';
import {
  CITATION_FIELDS,
  type CitationLink,
  type CitationRecord,
  DOCUMENT_FIELDS,
  type DocumentRecord,
  ENTITY_FIELDS,
  type EntityRecord,
  flat,
  type Props,
  RELATION_FIELDS,
  type RelationRecord,
  STATISTIC_FIELDS,
  type StatisticRecord,
} from './records.js';
import { linksOf, type Section, type Sink } from './sink.js';

/** RFC 4180: quote a cell that holds a comma, quote or line break, or edge blanks a reader might trim. */
export function csvCell(v: string): string {
  return /[",\r\n]|^\s|\s$/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

export function csvRow(values: string[]): string {
  return `${values.map(csvCell).join(',')}\r\n`;
}

/** Document texts are left to the JSON export: a whole article overflows a spreadsheet cell (32,767 chars). */
const DOCUMENT_COLUMNS = DOCUMENT_FIELDS.filter((f) => f !== 'text');

/**
 * A folder of CSV files, one per table, joined by ids: nodes, relations, statistics, citations, the links from
 * citations to what they back, and documents. Lists are joined with `|`. Files start with a UTF-8 byte-order
 * mark unless told not to, because Excel otherwise reads Chinese as mojibake.
 */
export class CsvSink implements Sink {
  readonly sections: ReadonlySet<Section> = new Set<Section>([
    'documents',
    'citations',
    'entities',
    'relations',
    'statistics',
  ]);
  private files: Record<
    'nodes' | 'relations' | 'statistics' | 'citations' | 'links' | 'documents',
    OutFile
  > | null = null;

  constructor(
    private readonly dir: string,
    private readonly bom = true,
  ) {}

  private get out() {
    if (!this.files) throw new Error('CsvSink used before begin()');
    return this.files;
  }

  async begin(): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    const f = (name: string) => new OutFile(join(this.dir, name));
    this.files = {
      nodes: f('nodes.csv'),
      relations: f('relations.csv'),
      statistics: f('statistics.csv'),
      citations: f('citations.csv'),
      links: f('citation-links.csv'),
      documents: f('documents.csv'),
    };
    const start = this.bom ? '\uFEFF' : '';
    const o = this.out;
    await o.nodes.write(start + csvRow([...ENTITY_FIELDS]));
    await o.relations.write(start + csvRow([...RELATION_FIELDS]));
    await o.statistics.write(start + csvRow([...STATISTIC_FIELDS]));
    await o.citations.write(start + csvRow([...CITATION_FIELDS]));
    await o.links.write(start + csvRow(['citationId', 'subjectType', 'subjectId']));
    await o.documents.write(start + csvRow(DOCUMENT_COLUMNS));
  }

  private rows(fields: readonly string[], batch: { props: Props }[]): string {
    return batch.map((r) => csvRow(fields.map((f) => flat(r.props[f])))).join('');
  }

  private async links(type: CitationLink['subjectType'], batch: { id: string; citationIds: string[] }[]) {
    await this.out.links.write(
      linksOf(type, batch)
        .map((l) => csvRow([l.citationId, l.subjectType, l.subjectId]))
        .join(''),
    );
  }

  async documents(batch: DocumentRecord[]): Promise<void> {
    await this.out.documents.write(this.rows(DOCUMENT_COLUMNS, batch));
  }

  async citations(batch: CitationRecord[]): Promise<void> {
    await this.out.citations.write(this.rows(CITATION_FIELDS, batch));
  }

  async entities(batch: EntityRecord[]): Promise<void> {
    await this.out.nodes.write(this.rows(ENTITY_FIELDS, batch));
    await this.links('entity', batch);
  }

  async relations(batch: RelationRecord[]): Promise<void> {
    await this.out.relations.write(
      this.rows(
        RELATION_FIELDS,
        batch.map((r) => ({ props: { ...r.props, type: r.type, source: r.source, target: r.target } })),
      ),
    );
    await this.links('relation', batch);
  }

  async statistics(batch: StatisticRecord[]): Promise<void> {
    await this.out.statistics.write(this.rows(STATISTIC_FIELDS, batch));
    await this.links('statistic', batch);
  }

  async finish(): Promise<string[]> {
    const all = Object.values(this.out);
    for (const f of all) await f.commit();
    return all.map((f) => f.path);
  }

  async discard(): Promise<void> {
    if (this.files) for (const f of Object.values(this.files)) await f.discard();
  }
}
