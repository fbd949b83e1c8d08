import { OutFile } from './file.js';
import { ENTITY_FIELDS, type EntityRecord, flat, type PropValue, type RelationRecord } from './records.js';
import type { Section, Sink } from './sink.js';

/** XML 1.0 cannot carry most control characters even escaped: they are dropped, the rest escaped. */
export function xmlEscape(s: string): string {
  return s
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/**
 * GraphML attribute types Gephi understands. The API's Boolean and Int fields are listed so Gephi can filter
 * on them; everything else, lists joined with `|` included, is a string.
 */
const NODE_TYPES: Record<string, 'boolean' | 'int'> = {
  isGroup: 'boolean',
  foreignEnterprise: 'boolean',
  openSource: 'boolean',
  newThisEdition: 'boolean',
  year: 'int',
  edition: 'int',
};

const NODE_KEYS = ENTITY_FIELDS.filter((f) => f !== 'id');
const EDGE_KEYS = ['type', 'when', 'modality', 'note', 'origin'] as const;

function data(key: string, v: PropValue | undefined): string {
  if (v === undefined || (Array.isArray(v) && v.length === 0)) return '';
  return `<data key="${key}">${xmlEscape(flat(v))}</data>`;
}

/**
 * GraphML as Gephi and yEd read it: directed edges, every entity field a declared node attribute (`label` is the
 * name Gephi shows), the relation type and its provenance fields as edge attributes.
 */
export class GraphmlSink implements Sink {
  readonly sections: ReadonlySet<Section> = new Set<Section>(['entities', 'relations']);
  private readonly file: OutFile;

  constructor(path: string) {
    this.file = new OutFile(path);
  }

  async begin(): Promise<void> {
    const keys = [
      '  <key id="label" for="node" attr.name="label" attr.type="string"/>',
      ...NODE_KEYS.map(
        (k) => `  <key id="n_${k}" for="node" attr.name="${k}" attr.type="${NODE_TYPES[k] ?? 'string'}"/>`,
      ),
      '  <key id="e_label" for="edge" attr.name="label" attr.type="string"/>',
      ...EDGE_KEYS.map((k) => `  <key id="e_${k}" for="edge" attr.name="${k}" attr.type="string"/>`),
    ];
    await this.file.write(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
        ...keys,
        '  <graph id="waic-kg" edgedefault="directed">',
        '',
      ].join('\n'),
    );
  }

  async documents(): Promise<void> {}
  async citations(): Promise<void> {}
  async statistics(): Promise<void> {}

  async entities(batch: EntityRecord[]): Promise<void> {
    const out = batch.map((e) => {
      const attrs = [data('label', e.props.name), ...NODE_KEYS.map((k) => data(`n_${k}`, e.props[k]))].join(
        '',
      );
      return `    <node id="${xmlEscape(e.id)}">${attrs}</node>\n`;
    });
    await this.file.write(out.join(''));
  }

  async relations(batch: RelationRecord[]): Promise<void> {
    const out = batch.map((r) => {
      const attrs = [
        data('e_label', r.type),
        data('e_type', r.type),
        ...EDGE_KEYS.filter((k) => k !== 'type').map((k) => data(`e_${k}`, r.props[k])),
      ].join('');
      return `    <edge id="${xmlEscape(r.id)}" source="${xmlEscape(r.source)}" target="${xmlEscape(r.target)}">${attrs}</edge>\n`;
    });
    await this.file.write(out.join(''));
  }

  async finish(): Promise<string[]> {
    await this.file.write('  </graph>\n</graphml>\n');
    await this.file.commit();
    return [this.file.path];
  }

  async discard(): Promise<void> {
    await this.file.discard();
  }
}
