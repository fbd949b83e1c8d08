import { OutFile } from './file.js';
import type {
  CitationRecord,
  DocumentRecord,
  EntityRecord,
  RelationRecord,
  StatisticRecord,
} from './records.js';
import { type ExportHeader, SECTION_ORDER, type Section, type Sink } from './sink.js';

/**
 * Writes `{ …head, "a": [ … ], "b": [ … ] }` an item at a time: each array opens when its first batch arrives and
 * closes when the next one starts, so no section is ever held whole. One item per line keeps the file greppable.
 */
export class JsonArrays {
  private open: string | null = null;
  private first = true;
  private readonly opened = new Set<string>();

  /** `order` fixes the order of the arrays: one that never gets an item still appears, empty, in its place. */
  constructor(
    private readonly file: OutFile,
    private readonly order: readonly string[],
  ) {}

  async head(fields: Record<string, unknown>): Promise<void> {
    const lines = Object.entries(fields).map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)}`);
    await this.file.write(`{\n${lines.join(',\n')}`);
  }

  async items(section: string, items: unknown[]): Promise<void> {
    let text = '';
    if (this.open !== section) {
      if (this.opened.has(section)) throw new Error(`JSON section ${section} was already closed`);
      const before = this.order.slice(0, Math.max(0, this.order.indexOf(section)));
      for (const s of [...before.filter((b) => !this.opened.has(b)), section]) {
        text += `${this.open ? '\n  ]' : ''},\n  ${JSON.stringify(s)}: [`;
        this.open = s;
        this.opened.add(s);
      }
      this.first = true;
    }
    for (const item of items) {
      text += `${this.first ? '' : ','}\n    ${JSON.stringify(item)}`;
      this.first = false;
    }
    await this.file.write(text);
  }

  /** Closes the document; sections that never got an item appear as empty arrays, so readers need not test. */
  async close(): Promise<void> {
    const rest = this.order.filter((s) => !this.opened.has(s));
    const last = rest.at(-1);
    if (last) await this.items(last, []);
    await this.file.write(`${this.open ? '\n  ]' : ''}\n}\n`);
  }
}

export const JSON_FORMAT = 'waic-kg-export';
export const JSON_FORMAT_VERSION = 1;

/**
 * The whole graph as one JSON document: a header with counts and the dataset version, then documents, citations,
 * entities, relations and statistics; every fact lists the ids of the citations behind it.
 */
export class JsonSink implements Sink {
  readonly sections: ReadonlySet<Section> = new Set<Section>([
    'documents',
    'citations',
    'entities',
    'relations',
    'statistics',
  ]);
  private readonly file: OutFile;
  private readonly doc: JsonArrays;

  constructor(path: string) {
    this.file = new OutFile(path);
    this.doc = new JsonArrays(this.file, SECTION_ORDER);
  }

  async begin(h: ExportHeader): Promise<void> {
    await this.doc.head({
      format: JSON_FORMAT,
      formatVersion: JSON_FORMAT_VERSION,
      datasetVersion: h.datasetVersion,
      exportedAt: h.exportedAt,
      endpoint: h.endpoint,
      counts: h.counts,
    });
  }

  documents(batch: DocumentRecord[]): Promise<void> {
    return this.doc.items(
      'documents',
      batch.map((d) => d.props),
    );
  }

  citations(batch: CitationRecord[]): Promise<void> {
    return this.doc.items(
      'citations',
      batch.map((c) => c.props),
    );
  }

  entities(batch: EntityRecord[]): Promise<void> {
    return this.doc.items(
      'entities',
      batch.map((e) => ({ ...e.props, citations: e.citationIds })),
    );
  }

  relations(batch: RelationRecord[]): Promise<void> {
    return this.doc.items(
      'relations',
      batch.map((r) => ({
        id: r.id,
        type: r.type,
        source: r.source,
        target: r.target,
        ...r.props,
        citations: r.citationIds,
      })),
    );
  }

  statistics(batch: StatisticRecord[]): Promise<void> {
    return this.doc.items(
      'statistics',
      batch.map((s) => ({ ...s.props, citations: s.citationIds })),
    );
  }

  async finish(): Promise<string[]> {
    await this.doc.close();
    await this.file.commit();
    return [this.file.path];
  }

  async discard(): Promise<void> {
    await this.file.discard();
  }
}
