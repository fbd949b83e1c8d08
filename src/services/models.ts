/** Data-layer models: plain objects as the Cypher projections return them; GraphQL types map onto these. */

export type Scalar = string | number | boolean | null;
export type PropValue = Scalar | string[] | number[];

export interface EntityModel {
  id: string;
  kind: string;
  category: string | null;
  subtype: string | null;
  name: string;
  fullName: string | null;
  nameEn: string | null;
  aliases: string[];
  description: string | null;
  degree: number;
  origin: string;
  /** Every stored property, for kind-specific fields. */
  props: Record<string, PropValue>;
  /** Holds only the fields one request selected (see projection.ts), so it must not answer other loads. */
  partial?: true;
}

export interface RelationModel {
  id: string;
  type: string;
  sourceId: string;
  targetId: string;
  when: string | null;
  modality: string;
  note: string | null;
  origin: string;
  collective: boolean;
  group: string | null;
  role: string | null;
  /**
   * Ends that came with a projected statement, holding only the fields the request selects: they answer this
   * relation's source and target, and never stand in for whole entities elsewhere in the request.
   */
  ends?: ReadonlyMap<string, EntityModel>;
}

export interface StatisticModel {
  id: string;
  subjectId: string;
  metric: string;
  value: number | null;
  unit: string | null;
  statedAs: string;
  qualifier: string | null;
  scope: string | null;
  comparison: string | null;
  aggregation: string | null;
  period: string | null;
  isForecast: boolean;
  note: string | null;
  origin: string;
  lowerBound: number | null;
  modality: string;
  refs: string[];
}

export interface CitationModel {
  id: string;
  subjectId: string;
  subjectType: string;
  documentId: string;
  quote: string;
  start: number;
  end: number;
}

export interface DocumentModel {
  id: string;
  title: string;
  publisherId: string | null;
  authorId: string | null;
  language: string;
  dateNote: string | null;
  publishedBefore: string | null;
  notes: string[];
  subtitle: string | null;
  sha256: string | null;
  /** null unless the text was asked for. */
  text: string | null;
}

export interface Page<T> {
  items: { cursor: string; node: T }[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  totalCount: number;
}

type Raw = Record<string, unknown>;

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const strs = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];

export function toEntity(raw: unknown): EntityModel {
  const r = raw as Raw;
  return {
    id: String(r.id),
    kind: String(r.kind),
    category: str(r.category),
    subtype: str(r.subtype),
    name: String(r.name),
    fullName: str(r.fullName),
    nameEn: str(r.nameEn),
    aliases: strs(r.aliases),
    description: str(r.description),
    degree: Number(r.degree ?? 0),
    origin: str(r.origin) ?? 'seed',
    props: r as Record<string, PropValue>,
  };
}

export function toRelation(raw: unknown): RelationModel {
  const r = raw as Raw;
  return {
    id: String(r.id),
    type: String(r.type),
    sourceId: String(r.sourceId),
    targetId: String(r.targetId),
    when: str(r.when),
    modality: str(r.modality) ?? 'REPORTED',
    note: str(r.note),
    origin: str(r.origin) ?? 'seed',
    collective: r.collective === true,
    group: str(r.group),
    role: str(r.role),
  };
}

export function toStatistic(raw: unknown): StatisticModel {
  const r = raw as Raw;
  return {
    id: String(r.id),
    subjectId: String(r.subjectId),
    metric: String(r.metric),
    value: typeof r.value === 'number' ? r.value : null,
    unit: str(r.unit),
    statedAs: String(r.statedAs),
    qualifier: str(r.qualifier),
    scope: str(r.scope),
    comparison: str(r.comparison),
    aggregation: str(r.aggregation),
    period: str(r.period),
    isForecast: r.isForecast === true,
    note: str(r.note),
    origin: str(r.origin) ?? 'seed',
    lowerBound: typeof r.lowerBound === 'number' ? r.lowerBound : null,
    modality: str(r.modality) ?? 'REPORTED',
    refs: strs(r.refs),
  };
}

export function toCitation(raw: unknown): CitationModel {
  const r = raw as Raw;
  return {
    id: String(r.id),
    subjectId: String(r.subjectId),
    subjectType: String(r.subjectType),
    documentId: String(r.documentId),
    quote: String(r.quote),
    start: Number(r.start),
    end: Number(r.end),
  };
}

export function toDocument(raw: unknown): DocumentModel {
  const r = raw as Raw;
  return {
    id: String(r.id),
    title: String(r.title),
    publisherId: str(r.publisherId),
    authorId: str(r.authorId),
    language: String(r.language ?? 'und'),
    dateNote: str(r.dateNote),
    publishedBefore: str(r.publishedBefore),
    notes: strs(r.notes),
    subtitle: str(r.subtitle),
    sha256: str(r.sha256),
    text: str(r.text),
  };
}
