import { Kind, type SelectionSetNode } from 'graphql';
import {
  type ExportCitationsQuery,
  type ExportDocumentsQuery,
  type ExportEntitiesQuery,
  ExportEntityFragmentDoc,
  type ExportRelationsQuery,
  type ExportStatisticsQuery,
} from '../generated/graphql.js';

/** What a property may hold in every format: the values Neo4j can store, nulls left out. */
export type PropValue = string | number | boolean | string[];
export type Props = Record<string, PropValue>;

export interface EntityRecord {
  id: string;
  kind: string;
  /** Every non-null field, `id` and `kind` included; entity-valued fields as ids (`venues`). */
  props: Props;
  citationIds: string[];
}

export interface RelationRecord {
  id: string;
  type: string;
  source: string;
  target: string;
  /** id, when, modality, note, origin. */
  props: Props;
  citationIds: string[];
}

export interface StatisticRecord {
  id: string;
  subject: string;
  /** id, subjectId, metric, value, unit, … origin. */
  props: Props;
  citationIds: string[];
}

export interface CitationRecord {
  id: string;
  documentId: string;
  /** id, documentId, quote, start, end, sentence. */
  props: Props;
}

export interface DocumentRecord {
  id: string;
  /** id, title, language, dateNote, publishedBefore, notes, text, publisherId, authorId. */
  props: Props;
}

/** Which subject a citation backs, as the subject lists it (the API's Citation has no subject field). */
export interface CitationLink {
  citationId: string;
  subjectType: 'entity' | 'relation' | 'statistic';
  subjectId: string;
}

function fieldsOf(set: SelectionSetNode, into: string[]): string[] {
  for (const s of set.selections) {
    if (s.kind === Kind.FIELD && s.name.value !== '__typename' && !into.includes(s.name.value))
      into.push(s.name.value);
    if (s.kind === Kind.INLINE_FRAGMENT) fieldsOf(s.selectionSet, into);
  }
  return into;
}

/**
 * The entity properties an export can hold, in a stable order, read from the ExportEntity fragment itself: a
 * field added there shows up as a CSV column and a GraphML key without touching the writers.
 */
export const ENTITY_FIELDS: readonly string[] = (() => {
  const frag = ExportEntityFragmentDoc.definitions.find((d) => d.kind === Kind.FRAGMENT_DEFINITION);
  if (!frag || frag.kind !== Kind.FRAGMENT_DEFINITION)
    throw new Error('ExportEntity fragment missing from codegen output');
  return fieldsOf(frag.selectionSet, []);
})();

export const RELATION_FIELDS = [
  'id',
  'type',
  'source',
  'target',
  'when',
  'modality',
  'note',
  'origin',
] as const;
export const STATISTIC_FIELDS = [
  'id',
  'subjectId',
  'metric',
  'value',
  'unit',
  'statedAs',
  'qualifier',
  'scope',
  'comparison',
  'aggregation',
  'period',
  'isForecast',
  'note',
  'origin',
] as const;
export const CITATION_FIELDS = ['id', 'documentId', 'start', 'end', 'quote', 'sentence'] as const;
export const DOCUMENT_FIELDS = [
  'id',
  'title',
  'language',
  'publisherId',
  'authorId',
  'dateNote',
  'publishedBefore',
  'notes',
  'text',
] as const;

/** Statistic values are GraphQL Floats: writers that type numbers (Cypher) must keep 3 a float. */
export const FLOAT_FIELDS: ReadonlySet<string> = new Set(['value']);

function propValue(v: unknown): PropValue | undefined {
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  if (Array.isArray(v)) {
    const out = v.map((x) => (typeof x === 'object' && x !== null && 'id' in x ? String(x.id) : String(x)));
    return out;
  }
  if (typeof v === 'object' && v !== null && 'id' in v) return String(v.id);
  return undefined;
}

function props(o: Record<string, unknown>, skip: ReadonlySet<string>): Props {
  const out: Props = {};
  for (const [k, v] of Object.entries(o)) {
    if (skip.has(k)) continue;
    const p = propValue(v);
    if (p !== undefined) out[k] = p;
  }
  return out;
}

const ENTITY_SKIP = new Set(['__typename', 'citations']);
const LINKS = new Set(['citations', 'source', 'target', 'subject', 'document', 'publisher', 'author']);

type EntityNode = ExportEntitiesQuery['entities']['edges'][number]['node'];
type RelationNode = ExportRelationsQuery['relations']['edges'][number]['node'];
type StatisticNode = ExportStatisticsQuery['statistics']['edges'][number]['node'];
type CitationNode = ExportCitationsQuery['citations']['edges'][number]['node'];
type DocumentNode = ExportDocumentsQuery['documents'][number];

export function entityRecord(n: EntityNode): EntityRecord {
  return { id: n.id, kind: n.kind, props: props(n, ENTITY_SKIP), citationIds: n.citations.map((c) => c.id) };
}

export function relationRecord(n: RelationNode): RelationRecord {
  return {
    id: n.id,
    type: n.type,
    source: n.source.id,
    target: n.target.id,
    props: props(n, new Set([...LINKS, 'type'])),
    citationIds: n.citations.map((c) => c.id),
  };
}

export function statisticRecord(n: StatisticNode): StatisticRecord {
  return {
    id: n.id,
    subject: n.subject.id,
    props: { ...props(n, LINKS), subjectId: n.subject.id },
    citationIds: n.citations.map((c) => c.id),
  };
}

export function citationRecord(n: CitationNode): CitationRecord {
  return { id: n.id, documentId: n.document.id, props: { ...props(n, LINKS), documentId: n.document.id } };
}

export function documentRecord(n: DocumentNode): DocumentRecord {
  const p = props(n, LINKS);
  if (n.publisher) p.publisherId = n.publisher.id;
  if (n.author) p.authorId = n.author.id;
  return { id: n.id, props: p };
}

/** A list as one text cell or attribute: `|` does not occur in the graph's names. */
export const LIST_SEPARATOR = '|';

export function flat(v: PropValue | undefined): string {
  if (v === undefined) return '';
  return Array.isArray(v) ? v.join(LIST_SEPARATOR) : String(v);
}
