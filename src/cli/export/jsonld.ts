import { OutFile } from './file.js';
import { JsonArrays } from './json.js';
import type {
  CitationRecord,
  DocumentRecord,
  EntityRecord,
  Props,
  RelationRecord,
  StatisticRecord,
} from './records.js';
import type { ExportHeader, Section, Sink } from './sink.js';

/**
 * The project vocabulary. A URN rather than an http IRI: the project publishes no vocabulary document, and a URN
 * cannot be mistaken for one that should dereference. Terms the context does not map fall under it.
 */
export const VOCAB_IRI = 'urn:waic-kg:vocab:';
/** Every graph object (entity, relation, statistic, citation, document) is `kg:<its API id>`. */
export const ID_IRI = 'urn:waic-kg:id:';

/** Entity kinds with a schema.org class that means the same; the others are project classes only. */
const SCHEMA_TYPE: Record<string, string> = {
  Organization: 'schema:Organization',
  Person: 'schema:Person',
  Place: 'schema:Place',
  Park: 'schema:Place',
  Venue: 'schema:EventVenue',
  Event: 'schema:Event',
  Policy: 'schema:Legislation',
  Topic: 'schema:DefinedTerm',
};

/**
 * The inline @context (see docs/analyst-guide.md): schema.org where a term means the same, the project vocabulary
 * for the rest. It is embedded, not linked, so the file expands offline.
 */
export const JSONLD_CONTEXT = {
  '@version': 1.1,
  '@vocab': VOCAB_IRI,
  schema: 'https://schema.org/',
  kg: ID_IRI,
  name: 'schema:name',
  nameEn: { '@id': 'schema:name', '@language': 'en' },
  aliases: { '@id': 'schema:alternateName', '@container': '@set' },
  description: 'schema:description',
  startDate: 'schema:startDate',
  endDate: 'schema:endDate',
  venues: { '@id': 'schema:location', '@type': '@id', '@container': '@set' },
  citations: { '@id': `${VOCAB_IRI}citation`, '@type': '@id', '@container': '@set' },
  relationType: { '@id': `${VOCAB_IRI}relationType`, '@type': '@vocab' },
  source: { '@id': `${VOCAB_IRI}source`, '@type': '@id' },
  target: { '@id': `${VOCAB_IRI}target`, '@type': '@id' },
  subject: { '@id': 'schema:observationAbout', '@type': '@id' },
  value: 'schema:value',
  unit: 'schema:unitText',
  quote: 'schema:text',
  document: { '@id': 'schema:isPartOf', '@type': '@id' },
  title: 'schema:headline',
  language: 'schema:inLanguage',
  text: 'schema:text',
  publisher: { '@id': 'schema:publisher', '@type': '@id' },
  author: { '@id': 'schema:author', '@type': '@id' },
} as const;

const iri = (id: string) => `kg:${id}`;

/** Drops the fields a node states with a mapped term of its own (ids become IRIs). */
function rest(props: Props, omit: string[]): Props {
  const out: Props = {};
  for (const [k, v] of Object.entries(props)) if (!omit.includes(k)) out[k] = v;
  return out;
}

/**
 * JSON-LD: one document with the context inline and every object in `@graph`. Relations appear twice: as a node
 * of type Relation carrying when, modality and citations, and as a direct `source —TYPE→ target` edge so a plain
 * triple query finds them.
 */
export class JsonLdSink implements Sink {
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
    this.doc = new JsonArrays(this.file, ['@graph']);
  }

  async begin(h: ExportHeader): Promise<void> {
    // The dataset is a node of the graph, not the top-level object: that would make @graph a named graph.
    await this.doc.head({ '@context': JSONLD_CONTEXT });
    await this.doc.items('@graph', [
      {
        '@id': `${ID_IRI}dataset:${h.datasetVersion}`,
        '@type': 'schema:Dataset',
        'schema:version': h.datasetVersion,
        'schema:dateCreated': h.exportedAt,
      },
    ]);
  }

  documents(batch: DocumentRecord[]): Promise<void> {
    return this.doc.items(
      '@graph',
      batch.map((d) => {
        const { publisherId, authorId } = d.props;
        return {
          '@id': iri(d.id),
          '@type': ['Document', 'schema:CreativeWork'],
          ...rest(d.props, ['id', 'publisherId', 'authorId']),
          ...(typeof publisherId === 'string' ? { publisher: iri(publisherId) } : {}),
          ...(typeof authorId === 'string' ? { author: iri(authorId) } : {}),
        };
      }),
    );
  }

  citations(batch: CitationRecord[]): Promise<void> {
    return this.doc.items(
      '@graph',
      batch.map((c) => ({
        '@id': iri(c.id),
        '@type': ['Citation', 'schema:Quotation'],
        ...rest(c.props, ['id', 'documentId']),
        document: iri(c.documentId),
      })),
    );
  }

  entities(batch: EntityRecord[]): Promise<void> {
    return this.doc.items(
      '@graph',
      batch.map((e) => {
        const venues = e.props.venues;
        const schemaType = SCHEMA_TYPE[e.kind];
        return {
          '@id': iri(e.id),
          '@type': schemaType ? [e.kind, schemaType] : [e.kind],
          ...rest(e.props, ['id', 'venues']),
          ...(Array.isArray(venues) && venues.length ? { venues: venues.map(iri) } : {}),
          citations: e.citationIds.map(iri),
        };
      }),
    );
  }

  relations(batch: RelationRecord[]): Promise<void> {
    return this.doc.items(
      '@graph',
      batch.flatMap((r) => [
        {
          '@id': iri(r.id),
          '@type': 'Relation',
          relationType: r.type,
          source: iri(r.source),
          target: iri(r.target),
          ...rest(r.props, ['id']),
          citations: r.citationIds.map(iri),
        },
        { '@id': iri(r.source), [r.type]: { '@id': iri(r.target) } },
      ]),
    );
  }

  statistics(batch: StatisticRecord[]): Promise<void> {
    return this.doc.items(
      '@graph',
      batch.map((s) => ({
        '@id': iri(s.id),
        '@type': ['Statistic', 'schema:Observation'],
        ...rest(s.props, ['id', 'subjectId']),
        subject: iri(s.subject),
        citations: s.citationIds.map(iri),
      })),
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
