/**
 * Schemas of every seed file: the vocabularies (seed/vocabulary), the document metadata (seed/documents/*.yaml)
 * and the curated graph (seed/graph/**.yaml). They check shape only; cross-references (ids, kinds, quotes) are
 * checked by validate.ts, which needs all files at once.
 */
import { parseDocument } from 'yaml';
import { z } from 'zod';

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const slug = z.string().regex(SLUG_PATTERN, 'must be a lowercase slug such as shanghai-ai-lab');
const upperSnake = z.string().regex(/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/, 'must be UPPER_SNAKE_CASE');
const text = z.string().trim().min(1, 'must not be empty');

function isRealDate(s: string): boolean {
  const [y, m, d] = s.split('-').map(Number);
  if (y === undefined || Number.isNaN(y)) return false;
  if (m === undefined) return true;
  if (m < 1 || m > 12) return false;
  if (d === undefined) return true;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD')
  .refine(isRealDate, 'is not a calendar date');

const PARTIAL_DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/**
 * A point in time at the precision the text gives: YYYY, YYYY-MM or YYYY-MM-DD, or a range A/B of those where
 * one end may be open (..), e.g. 2018/.. for 2018年以来.
 */
export const when = z.string().refine((s) => {
  const parts = s.split('/');
  if (parts.length > 2) return false;
  if (parts.every((p) => p === '..')) return false;
  return parts.every((p) => (p === '..' && parts.length === 2) || (PARTIAL_DATE.test(p) && isRealDate(p)));
}, 'must be YYYY, YYYY-MM, YYYY-MM-DD or a range such as 2025-07-26/2025-07-28 (an open end is ..)');

const PERIOD_POINT = /^\d{4}(?:-(?:Q[1-4]|H[12]|\d{2}(?:-\d{2})?))?$/;
function isPeriodPoint(p: string): boolean {
  return PERIOD_POINT.test(p) && (/[QH]/.test(p) || isRealDate(p));
}

/** Statistic periods: a point or quarter, a range (an open end is ..), or an UPPER_SNAKE keyword from the vocabulary. */
export const period = z.string().refine((s) => {
  if (/^[A-Z][A-Z_]*$/.test(s)) return true;
  const parts = s.split('/');
  if (parts.length === 1) return isPeriodPoint(s);
  if (parts.length !== 2) return false;
  const [a = '', b = ''] = parts;
  return (a === '..' || isPeriodPoint(a)) && (b === '..' || isPeriodPoint(b)) && !(a === '..' && b === '..');
}, 'must be YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Qn, a range A/B (an open end is ..) or a keyword');

// ---------------------------------------------------------------------------------------------------------------
// Vocabularies

export const PROP_TYPES = [
  'string',
  'number',
  'integer',
  'boolean',
  'date',
  'year',
  'strings',
  'refs',
] as const;
export type PropType = (typeof PROP_TYPES)[number];

export const propDefSchema = z.strictObject({
  type: z.enum(PROP_TYPES),
  description: text,
  refKinds: z.array(z.string()).optional(),
});
export type PropDef = z.infer<typeof propDefSchema>;

const propDefs = z.record(z.string().regex(/^[a-z][A-Za-z0-9]*$/, 'prop names are camelCase'), propDefSchema);

export const entityKindsFileSchema = z.strictObject({
  commonProps: propDefs.default({}),
  kinds: z.record(
    z.string(),
    z.strictObject({
      description: text,
      categoryRequired: z.boolean().default(false),
      subtypeRequired: z.boolean().default(false),
      subtypes: z.record(upperSnake, text).default({}),
      props: propDefs.default({}),
    }),
  ),
  categories: z.record(z.string(), text),
});
export type EntityKindsFile = z.infer<typeof entityKindsFileSchema>;

const wording = z.string().refine((s) => s.includes('{source}') && s.includes('{target}'), {
  message: 'must contain both {source} and {target}',
});

export const relationTypesFileSchema = z.strictObject({
  types: z.record(
    z.string(),
    z.strictObject({
      description: text,
      symmetric: z.boolean().default(false),
      allowed: z
        .array(z.strictObject({ source: z.array(z.string()).min(1), target: z.array(z.string()).min(1) }))
        .min(1),
      forwardZh: wording,
      backwardZh: wording,
      forwardEn: wording,
      backwardEn: wording,
      props: propDefs.default({}),
    }),
  ),
  documentTypes: z.record(
    upperSnake,
    z.strictObject({
      description: text,
      targetKinds: z.array(z.string()).min(1),
      forwardZh: wording,
      backwardZh: wording,
      forwardEn: wording,
      backwardEn: wording,
    }),
  ),
});
export type RelationTypesFile = z.infer<typeof relationTypesFileSchema>;

const markedTerm = z.strictObject({
  description: text,
  markers: z.array(text).default([]),
  /** A vague amount: a statistic with this qualifier records no value. */
  vague: z.boolean().default(false),
});
export type MarkedTerm = z.infer<typeof markedTerm>;

export const qualifiersFileSchema = z.strictObject({
  modalities: z.record(z.string(), markedTerm),
  qualifiers: z.record(upperSnake, markedTerm),
  scopes: z.record(upperSnake, markedTerm),
  comparisons: z.record(upperSnake, markedTerm),
  aggregations: z.record(upperSnake, markedTerm),
  periodKeywords: z.record(upperSnake, z.strictObject({ description: text })),
});
export type QualifiersFile = z.infer<typeof qualifiersFileSchema>;

export const metricsFileSchema = z.strictObject({
  metrics: z.record(
    upperSnake,
    z.strictObject({ description: text, unit: text.optional(), subjectKinds: z.array(z.string()).min(1) }),
  ),
});
export type MetricsFile = z.infer<typeof metricsFileSchema>;

// ---------------------------------------------------------------------------------------------------------------
// Citations, documents

/** A quote is a short exact substring of the document (whitespace-insensitive); `occurrence` picks one of several. */
export const citationInputSchema = z.union([
  text.transform((quote) => ({ quote })),
  z.strictObject({
    quote: text,
    occurrence: z.number().int().min(1).optional(),
    document: slug.optional(),
  }),
]);
export type CitationInput = { quote: string; occurrence?: number; document?: string };

const MAX_QUOTE = 160;
const quoteLength = (c: CitationInput) => c.quote.length <= MAX_QUOTE;
export const citationListSchema = z
  .array(citationInputSchema)
  .default([])
  .refine((list) => list.every(quoteLength), `a quote must be at most ${MAX_QUOTE} characters: cite less`);

export const breakSchema = z.strictObject({
  /** Text just before the break (whitespace-insensitive). */
  after: text,
  /** Text just after the break, in the raw file. */
  before: text,
  occurrence: z.number().int().min(1).optional(),
  note: text.optional(),
});
export type BreakInput = z.infer<typeof breakSchema>;

export const documentFileSchema = z.strictObject({
  id: slug,
  /** The text file, relative to this YAML file; defaults to the YAML's name with .txt. */
  textFile: z.string().optional(),
  title: text,
  subtitle: text.optional(),
  publisher: slug,
  author: slug,
  language: z
    .string()
    .regex(/^[a-z]{2,3}(?:-[A-Z][a-z]{3})?(?:-[A-Z]{2})?$/, 'must be a BCP 47 tag such as zh-Hans-CN'),
  dateNote: text.optional(),
  publishedBefore: isoDate.optional(),
  publishedAfter: isoDate.optional(),
  notes: z.array(text).default([]),
  /** Where the raw text jumps to a passage out of reading order; no quote may span one. */
  breaks: z.array(breakSchema).default([]),
  /** Quotes that support the metadata itself (title, byline, date basis). */
  citations: citationListSchema,
});
export type DocumentFile = z.infer<typeof documentFileSchema>;

// ---------------------------------------------------------------------------------------------------------------
// Graph files

/** Entity fields every kind has; any other key is a kind-specific prop checked against the vocabulary. */
export const ENTITY_BASE_KEYS = [
  'id',
  'kind',
  'category',
  'subtype',
  'name',
  'fullName',
  'nameEn',
  'nameEnTranslated',
  'aliases',
  'contextualAliases',
  'description',
  'citations',
] as const;

export const entityBaseSchema = z.looseObject({
  id: slug,
  kind: text,
  category: upperSnake.optional(),
  subtype: upperSnake.optional(),
  name: text,
  fullName: text.optional(),
  nameEn: text.optional(),
  /** True when nameEn is this project's translation rather than an established English name. */
  nameEnTranslated: z.boolean().optional(),
  aliases: z.array(text).default([]),
  /** Forms that refer to it only within one document's context (本届大会, 全市); not searchable aliases. */
  contextualAliases: z.array(text).default([]),
  description: text.optional(),
  citations: citationListSchema,
});
export type EntityInput = z.infer<typeof entityBaseSchema>;

export const RELATION_BASE_KEYS = [
  'id',
  'type',
  'source',
  'sources',
  'target',
  'targets',
  'when',
  'modality',
  'note',
  'collective',
  'group',
  'citations',
] as const;

/**
 * One relation, or a statement of several: `sources` × `targets` expands to one relation per pair. A
 * `collective` statement is one the text makes about a group as a whole; its relations share a `group` id.
 */
export const relationBaseSchema = z
  .looseObject({
    id: z.string().min(1).optional(),
    type: text,
    source: slug.optional(),
    sources: z.array(slug).min(1).optional(),
    target: slug.optional(),
    targets: z.array(slug).min(1).optional(),
    when: when.optional(),
    modality: text.optional(),
    note: text.optional(),
    collective: z.boolean().optional(),
    group: slug.optional(),
    citations: citationListSchema,
  })
  .refine((r) => (r.source === undefined) !== (r.sources === undefined), {
    message: 'give exactly one of source or sources',
  })
  .refine((r) => (r.target === undefined) !== (r.targets === undefined), {
    message: 'give exactly one of target or targets',
  })
  .refine((r) => !r.collective || r.group !== undefined, {
    message: 'a collective statement needs a group id',
  });
export type RelationInput = z.infer<typeof relationBaseSchema>;

export const statisticSchema = z.strictObject({
  id: slug,
  subject: slug,
  metric: upperSnake,
  /** The number the text gives, 万 and 亿 expanded; absent for vague amounts. */
  value: z.number().finite().optional(),
  /** For vague amounts with a floor (百余 → 100): the floor, with the qualifier saying so. */
  lowerBound: z.number().finite().optional(),
  unit: text.optional(),
  statedAs: text,
  qualifier: upperSnake.optional(),
  scope: upperSnake.optional(),
  comparison: upperSnake.optional(),
  aggregation: upperSnake.optional(),
  period: period.optional(),
  isForecast: z.boolean().default(false),
  modality: text.optional(),
  /** Other entities the figure is about (e.g. the named members of a counted group). */
  refs: z.array(slug).default([]),
  note: text.optional(),
  citations: citationListSchema,
});
export type StatisticInput = z.infer<typeof statisticSchema>;

/** A citation attached to a subject defined elsewhere (e.g. a second document citing an existing entity). */
export const extraCitationSchema = z.strictObject({
  subject: z.string().min(1),
  quote: text,
  occurrence: z.number().int().min(1).optional(),
  document: slug.optional(),
});

export const graphFileSchema = z.strictObject({
  /** Default document of every citation in this file. */
  document: slug.optional(),
  entities: z.array(z.unknown()).default([]),
  relations: z.array(z.unknown()).default([]),
  statistics: z.array(z.unknown()).default([]),
  citations: z.array(z.unknown()).default([]),
});
export type GraphFile = z.infer<typeof graphFileSchema>;

/** One line per zod issue, with the path inside the entry. */
export function formatIssues(error: z.ZodError): string[] {
  return error.issues.map((i) => {
    const path = i.path.map(String).join('.');
    return path ? `${path}: ${i.message}` : i.message;
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Problems and YAML

/** One thing wrong with the seed: the file (relative to the seed folder), the entry (id or index) and why. */
export interface Problem {
  file: string;
  entry: string;
  reason: string;
}

/** Parses YAML strictly (duplicate keys are errors); returns every syntax error instead of throwing. */
export function parseYaml(source: string): { ok: true; data: unknown } | { ok: false; reasons: string[] } {
  const doc = parseDocument(source, { uniqueKeys: true, prettyErrors: true });
  if (doc.errors.length > 0) {
    return { ok: false, reasons: doc.errors.map((e) => `YAML: ${e.message.split('\n')[0] ?? e.message}`) };
  }
  return { ok: true, data: doc.toJS() };
}
