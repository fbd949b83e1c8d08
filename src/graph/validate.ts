/**
 * The seed validator and citation resolver. `loadSeed` reads a seed folder (documents/, graph/, optionally its own
 * vocabulary/), checks everything before giving up, and returns either every problem or the resolved graph the
 * database loader writes. The single-entry functions (`validateEntity`, `validateRelation`, `validateStatistic`,
 * `resolveCitation`) apply the same rules to one entry against a context, for the GraphQL mutations.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import {
  type CitationInput,
  documentFileSchema,
  ENTITY_BASE_KEYS,
  entityBaseSchema,
  extraCitationSchema,
  formatIssues,
  graphFileSchema,
  isoDate,
  type Problem,
  type PropDef,
  parseYaml,
  RELATION_BASE_KEYS,
  relationBaseSchema,
  SLUG_PATTERN,
  statisticSchema,
} from './model.js';
import { agrees, numbersIn } from './numbers.js';
import { compactOf, findAll, indexText, locate, type TextIndex } from './quotes.js';
import {
  type EntityKind,
  isEntityKind,
  isModality,
  isOrgCategory,
  isRelationType,
  loadVocabulary,
  type Modality,
  type OrgCategory,
  type RelationType,
  type TermDef,
  VOCABULARY,
  type Vocabulary,
} from './vocabulary.js';

export type { Problem } from './model.js';

export type SubjectType = 'entity' | 'relation' | 'statistic' | 'document';
export type PropValue = string | number | boolean | string[];

export interface ResolvedCitation {
  /** `${subjectId}#c${n}`, n counting the subject's citations from 1. */
  id: string;
  subjectId: string;
  subjectType: SubjectType;
  documentId: string;
  quote: string;
  /** Half-open UTF-16 offsets of the quote in the raw text: text.slice(start, end) is the quote modulo whitespace. */
  start: number;
  end: number;
  /** Which match of the quote, when it occurs more than once. */
  occurrence?: number;
}

export interface ResolvedBreak {
  /** The whitespace between the two passages: [start, end) in the raw text. */
  start: number;
  end: number;
  note?: string;
}

export interface ResolvedDocument {
  id: string;
  title: string;
  publisherId: string;
  authorId: string;
  language: string;
  dateNote?: string;
  publishedBefore?: string;
  notes: string[];
  text: string;
  /** The metadata YAML, relative to the seed folder. */
  file: string;
  subtitle?: string;
  publishedAfter?: string;
  /** The text file, relative to the seed folder. */
  textFile?: string;
  /** SHA-256 of the text's UTF-8 bytes. */
  sha256?: string;
  breaks?: ResolvedBreak[];
}

export interface ResolvedEntity {
  id: string;
  kind: EntityKind;
  category?: OrgCategory;
  subtype?: string;
  name: string;
  fullName?: string;
  nameEn?: string;
  aliases: string[];
  description?: string;
  /** Kind-specific typed fields (see seed/vocabulary/entity-kinds.yaml). */
  props: Record<string, PropValue>;
  file: string;
  /** True when nameEn is the project's translation, not an established English name. */
  nameEnTranslated?: boolean;
  /** Forms that refer to it only in a document's context (本届大会); not aliases. */
  contextualAliases?: string[];
}

export interface ResolvedRelation {
  id: string;
  type: RelationType;
  source: string;
  target: string;
  when?: string;
  modality: Modality;
  note?: string;
  /** Type-specific props, plus `collective: true` and `group` for a statement about a group as a whole. */
  props: Record<string, PropValue>;
  file: string;
}

export interface ResolvedStatistic {
  id: string;
  subject: string;
  metric: string;
  value?: number;
  unit?: string;
  statedAs: string;
  qualifier?: string;
  scope?: string;
  comparison?: string;
  aggregation?: string;
  period?: string;
  isForecast: boolean;
  note?: string;
  file: string;
  /** For vague amounts with a floor (百余): the floor. */
  lowerBound?: number;
  modality?: Modality;
  /** Other entities the figure concerns. */
  refs?: string[];
}

export interface ResolvedGraph {
  documents: ResolvedDocument[];
  entities: ResolvedEntity[];
  relations: ResolvedRelation[];
  statistics: ResolvedStatistic[];
  citations: ResolvedCitation[];
}

// ---------------------------------------------------------------------------------------------------------------
// Context for single entries

export interface DocumentText {
  id: string;
  index: TextIndex;
  breaks: ResolvedBreak[];
}

/** What one entry is validated against: the vocabulary, the documents' texts and the ids already known. */
export interface ValidationContext {
  vocabulary: Vocabulary;
  documents: Map<string, DocumentText>;
  /** Kind of every known entity. */
  entityKinds: Map<string, EntityKind>;
  /**
   * Ids of entities defined but invalid (their own problem is reported): references to them are not reported
   * again as dangling.
   */
  invalidIds?: Set<string>;
}

/** A context over an already resolved graph (e.g. the database's current content, for a mutation). */
export function contextFor(
  graph: Pick<ResolvedGraph, 'documents' | 'entities'>,
  vocabulary: Vocabulary = VOCABULARY,
): ValidationContext {
  const documents = new Map<string, DocumentText>();
  for (const d of graph.documents)
    documents.set(d.id, { id: d.id, index: indexText(d.text), breaks: d.breaks ?? [] });
  return { vocabulary, documents, entityKinds: new Map(graph.entities.map((e) => [e.id, e.kind])) };
}

export interface EntryOptions {
  /** File the entry comes from, for problems and `file` fields. */
  file: string;
  /** Label of the entry in problems when it has no valid id. */
  entry?: string;
  /** Document of citations that name none. */
  defaultDocument?: string;
  /** Whether an entry without citations is a problem; the whole-seed run checks after merging extra citations. */
  requireCitation?: boolean;
}

export interface EntryResult<T> {
  value?: T;
  citations: ResolvedCitation[];
  problems: Problem[];
}

function jsonish(v: unknown): string {
  return typeof v === 'string' ? v : JSON.stringify(v);
}

// ---------------------------------------------------------------------------------------------------------------
// Citations

/** Resolves one citation to offsets; `n` numbers it within its subject. */
export function resolveCitation(
  input: CitationInput,
  subject: { id: string; type: SubjectType },
  n: number,
  ctx: ValidationContext,
  defaultDocument?: string,
): { ok: true; citation: ResolvedCitation } | { ok: false; reason: string } {
  const documentId = input.document ?? defaultDocument;
  if (!documentId)
    return { ok: false, reason: `citation ${n} names no document and the file sets no default` };
  const doc = ctx.documents.get(documentId);
  if (!doc) return { ok: false, reason: `citation ${n}: unknown document ${documentId}` };
  const found = locate(doc.index, input.quote, input.occurrence);
  if (!found.ok) return { ok: false, reason: `citation ${n}: ${found.reason}` };
  for (const b of doc.breaks) {
    if (found.start < b.start && found.end > b.end) {
      return {
        ok: false,
        reason:
          `citation ${n}: quote ${JSON.stringify(input.quote)} spans a scrape break at offset ${b.start} ` +
          '(the passages on either side are out of reading order): cite each side with its own quote',
      };
    }
  }
  const citation: ResolvedCitation = {
    id: `${subject.id}#c${n}`,
    subjectId: subject.id,
    subjectType: subject.type,
    documentId,
    quote: input.quote,
    start: found.start,
    end: found.end,
  };
  if (found.count > 1) citation.occurrence = found.occurrence;
  return { ok: true, citation };
}

function resolveCitations(
  inputs: CitationInput[],
  subject: { id: string; type: SubjectType },
  ctx: ValidationContext,
  o: EntryOptions,
  problems: Problem[],
  firstNumber = 1,
): ResolvedCitation[] {
  const out: ResolvedCitation[] = [];
  inputs.forEach((input, i) => {
    const r = resolveCitation(input, subject, firstNumber + i, ctx, o.defaultDocument);
    if (r.ok) out.push(r.citation);
    else problems.push({ file: o.file, entry: subject.id, reason: r.reason });
  });
  if (o.requireCitation !== false && inputs.length === 0) {
    problems.push({
      file: o.file,
      entry: subject.id,
      reason: 'missing citation: every fact needs at least one quote',
    });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Props

function checkProp(
  name: string,
  def: PropDef,
  value: unknown,
): { ok: true; value: PropValue } | { ok: false; reason: string } {
  const bad = (what: string) => ({
    ok: false as const,
    reason: `${name} must be ${what}, not ${jsonish(value)}`,
  });
  switch (def.type) {
    case 'string':
      return typeof value === 'string' && value.trim() !== ''
        ? { ok: true, value }
        : bad('a non-empty string');
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? { ok: true, value } : bad('a number');
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value) ? { ok: true, value } : bad('an integer');
    case 'boolean':
      return typeof value === 'boolean' ? { ok: true, value } : bad('true or false');
    case 'date':
      return typeof value === 'string' && isoDate.safeParse(value).success
        ? { ok: true, value }
        : bad('a date YYYY-MM-DD (quote it in YAML)');
    case 'year': {
      const year = typeof value === 'string' && /^\d{4}$/.test(value) ? Number(value) : value;
      return typeof year === 'number' && Number.isInteger(year) && year >= 1000 && year <= 9999
        ? { ok: true, value: year }
        : bad('a year YYYY');
    }
    case 'strings':
      return Array.isArray(value) &&
        value.length > 0 &&
        value.every((v) => typeof v === 'string' && v.trim() !== '')
        ? { ok: true, value: value as string[] }
        : bad('a non-empty list of strings');
    case 'refs':
      return Array.isArray(value) &&
        value.length > 0 &&
        value.every((v) => typeof v === 'string' && SLUG_PATTERN.test(v))
        ? { ok: true, value: value as string[] }
        : bad('a non-empty list of entity ids');
  }
}

function checkRefs(
  ctx: ValidationContext,
  field: string,
  ids: string[],
  kinds: readonly string[] | undefined,
): string[] {
  const reasons: string[] = [];
  for (const id of ids) {
    const kind = ctx.entityKinds.get(id);
    if (!kind && ctx.invalidIds?.has(id)) continue;
    if (!kind) reasons.push(`${field}: dangling id ${id} (no such entity)`);
    else if (kinds && !kinds.includes(kind))
      reasons.push(`${field}: ${id} is a ${kind}, expected ${kinds.join(' or ')}`);
  }
  return reasons;
}

// ---------------------------------------------------------------------------------------------------------------
// Entities

/**
 * Validates one entity entry. Prop references (e.g. an event's venues) are checked against `ctx.entityKinds`,
 * so in a batch call it after every entity is known.
 */
export function validateEntity(
  input: unknown,
  ctx: ValidationContext,
  o: EntryOptions,
): EntryResult<ResolvedEntity> {
  const problems: Problem[] = [];
  const rawId =
    typeof input === 'object' && input !== null && 'id' in input ? (input as { id: unknown }).id : undefined;
  const entry = typeof rawId === 'string' && rawId !== '' ? rawId : (o.entry ?? '?');
  const fail = (reason: string) => problems.push({ file: o.file, entry, reason });

  const parsed = entityBaseSchema.safeParse(input);
  if (!parsed.success) {
    for (const r of formatIssues(parsed.error)) fail(r);
    return { citations: [], problems };
  }
  const e = parsed.data;
  if (!isEntityKind(e.kind)) {
    fail(`unknown kind ${e.kind}; known kinds: ${Object.keys(ctx.vocabulary.entityKinds).join(', ')}`);
    return { citations: [], problems };
  }
  const kindDef = ctx.vocabulary.entityKinds[e.kind];

  let category: OrgCategory | undefined;
  if (e.category !== undefined) {
    if (e.kind !== 'Organization') fail(`category is for organizations only, not ${e.kind}`);
    else if (!isOrgCategory(e.category)) {
      fail(
        `unknown organization category ${e.category}; known: ${Object.keys(ctx.vocabulary.categories).join(', ')}`,
      );
    } else category = e.category;
  } else if (kindDef.categoryRequired) {
    fail(`a ${e.kind} needs a category (${Object.keys(ctx.vocabulary.categories).join(', ')})`);
  }

  const subtypes = Object.keys(kindDef.subtypes);
  if (e.subtype !== undefined && !subtypes.includes(e.subtype)) {
    fail(
      subtypes.length === 0
        ? `a ${e.kind} has no subtypes`
        : `unknown ${e.kind} subtype ${e.subtype}; known: ${subtypes.join(', ')}`,
    );
  } else if (e.subtype === undefined && kindDef.subtypeRequired) {
    fail(`a ${e.kind} needs a subtype (${subtypes.join(', ')})`);
  }
  if (e.nameEnTranslated !== undefined && e.nameEn === undefined) fail('nameEnTranslated without nameEn');

  const props: Record<string, PropValue> = {};
  const base: readonly string[] = ENTITY_BASE_KEYS;
  for (const [key, value] of Object.entries(e)) {
    if (base.includes(key)) continue;
    // Own keys only: a field named constructor or __proto__ must be unknown, not Object.prototype's.
    const def = Object.hasOwn(kindDef.props, key) ? kindDef.props[key] : undefined;
    if (!def) {
      const known = Object.keys(kindDef.props);
      fail(`unknown field ${key} for a ${e.kind}${known.length ? ` (its fields: ${known.join(', ')})` : ''}`);
      continue;
    }
    const checked = checkProp(key, def, value);
    if (!checked.ok) {
      fail(checked.reason);
      continue;
    }
    if (def.type === 'refs' && Array.isArray(checked.value)) {
      for (const r of checkRefs(ctx, key, checked.value, def.refKinds)) fail(r);
    }
    props[key] = checked.value;
  }

  const seen = new Set<string>([nameKey(e.name)]);
  for (const alias of e.aliases) {
    const k = nameKey(alias);
    if (seen.has(k)) fail(`alias ${JSON.stringify(alias)} repeats the name or another alias`);
    seen.add(k);
  }

  const citations = resolveCitations(e.citations, { id: e.id, type: 'entity' }, ctx, o, problems);
  const entity: ResolvedEntity = {
    id: e.id,
    kind: e.kind,
    name: e.name,
    aliases: e.aliases,
    props,
    file: o.file,
  };
  if (category) entity.category = category;
  if (e.subtype !== undefined) entity.subtype = e.subtype;
  if (e.fullName !== undefined) entity.fullName = e.fullName;
  if (e.nameEn !== undefined) entity.nameEn = e.nameEn;
  if (e.nameEnTranslated !== undefined) entity.nameEnTranslated = e.nameEnTranslated;
  if (e.contextualAliases.length > 0) entity.contextualAliases = e.contextualAliases;
  if (e.description !== undefined) entity.description = e.description;
  return { value: problems.length === 0 ? entity : undefined, citations, problems };
}

/** Key under which two names count as the same: width, case, whitespace and quotation marks ignored. */
export function nameKey(name: string): string {
  return compactOf(name.normalize('NFKC').toLowerCase()).replace(/["'“”‘’《》「」『』]/gu, '');
}

// ---------------------------------------------------------------------------------------------------------------
// Relations

/** The id of a relation without an explicit one (symmetric ones after putting the ends in id order). */
export function relationId(source: string, type: string, target: string): string {
  return `${source}--${type}--${target}`;
}

/**
 * Validates one relation entry, which may be a statement expanding to several relations (`sources` × `targets`).
 * Ends must be known in `ctx.entityKinds`.
 */
export function validateRelation(
  input: unknown,
  ctx: ValidationContext,
  o: EntryOptions,
): EntryResult<ResolvedRelation[]> {
  const problems: Problem[] = [];
  const label = o.entry ?? '?';
  const parsed = relationBaseSchema.safeParse(input);
  if (!parsed.success) {
    for (const reason of formatIssues(parsed.error)) problems.push({ file: o.file, entry: label, reason });
    return { citations: [], problems };
  }
  const r = parsed.data;
  const sources = r.sources ?? (r.source ? [r.source] : []);
  const targets = r.targets ?? (r.target ? [r.target] : []);
  const firstId = relationId(sources[0] ?? '?', r.type, targets[0] ?? '?');
  const entry = r.id ?? (sources.length * targets.length === 1 ? firstId : `${label} (${firstId} …)`);
  const fail = (reason: string, at = entry) => problems.push({ file: o.file, entry: at, reason });

  if (!isRelationType(r.type)) {
    fail(`unknown relation type ${r.type}; known: ${Object.keys(ctx.vocabulary.relationTypes).join(', ')}`);
    return { citations: [], problems };
  }
  const def = ctx.vocabulary.relationTypes[r.type];
  const modality = r.modality ?? 'REPORTED';
  if (!isModality(modality))
    fail(`unknown modality ${modality}; known: ${Object.keys(ctx.vocabulary.modalities).join(', ')}`);
  if (r.id !== undefined && sources.length * targets.length !== 1)
    fail('an explicit id needs exactly one source and one target');
  if (r.group !== undefined && !r.collective)
    fail('group is only for collective statements (collective: true)');

  const props: Record<string, PropValue> = {};
  const base: readonly string[] = RELATION_BASE_KEYS;
  for (const [key, value] of Object.entries(r)) {
    if (base.includes(key)) continue;
    const propDef = Object.hasOwn(def.props, key) ? def.props[key] : undefined;
    if (!propDef) {
      const known = Object.keys(def.props);
      fail(`unknown field ${key} for ${r.type}${known.length ? ` (its fields: ${known.join(', ')})` : ''}`);
      continue;
    }
    const checked = checkProp(key, propDef, value);
    if (checked.ok) props[key] = checked.value;
    else fail(checked.reason);
  }
  if (r.collective) {
    props.collective = true;
    if (r.group) props.group = r.group;
  }

  const relations: ResolvedRelation[] = [];
  const citations: ResolvedCitation[] = [];
  // Quotes are resolved once per statement, then copied to each relation it expands to.
  const shared = resolveCitations(
    r.citations,
    { id: entry, type: 'relation' },
    ctx,
    { ...o, entry },
    problems,
  );
  const pairs = sources.flatMap((s) => targets.map((t) => [s, t] as const));
  const seenIds = new Set<string>();
  for (const [s0, t0] of pairs) {
    const [source, target] = def.symmetric && t0 < s0 ? [t0, s0] : [s0, t0];
    const id = r.id ?? relationId(source, r.type, target);
    const before = problems.length;
    if (seenIds.has(id)) fail(`the statement lists ${id} twice`, id);
    seenIds.add(id);
    if (source === target) fail(`a relation from ${source} to itself`, id);
    const sk = ctx.entityKinds.get(source);
    const tk = ctx.entityKinds.get(target);
    if (!sk && !ctx.invalidIds?.has(source)) fail(`dangling source ${source} (no such entity)`, id);
    if (!tk && !ctx.invalidIds?.has(target)) fail(`dangling target ${target} (no such entity)`, id);
    if (sk && tk && !def.allowed.some((p) => p.source.includes(sk) && p.target.includes(tk))) {
      const allowed = def.allowed.map((p) => `${p.source.join('|')} → ${p.target.join('|')}`).join('; ');
      fail(`wrong kind for ${r.type}: ${source} is a ${sk} and ${target} a ${tk}; allowed: ${allowed}`, id);
    }
    if (problems.length > before) continue;
    citations.push(...shared.map((c, i) => ({ ...c, id: `${id}#c${i + 1}`, subjectId: id })));
    const rel: ResolvedRelation = {
      id,
      type: r.type,
      source,
      target,
      modality: isModality(modality) ? modality : 'REPORTED',
      props: { ...props },
      file: o.file,
    };
    if (r.when !== undefined) rel.when = r.when;
    if (r.note !== undefined) rel.note = r.note;
    relations.push(rel);
  }
  return { value: problems.length === 0 ? relations : undefined, citations, problems };
}

// ---------------------------------------------------------------------------------------------------------------
// Statistics

function markersIn(term: TermDef, s: string): boolean {
  return term.markers.some((m) => s.includes(m));
}

/** Validates one statistic against its own citations' wording and numbers. */
export function validateStatistic(
  input: unknown,
  ctx: ValidationContext,
  o: EntryOptions,
): EntryResult<ResolvedStatistic> {
  const problems: Problem[] = [];
  const rawId =
    typeof input === 'object' && input !== null && 'id' in input ? (input as { id: unknown }).id : undefined;
  const entry = typeof rawId === 'string' && rawId !== '' ? rawId : (o.entry ?? '?');
  const fail = (reason: string) => problems.push({ file: o.file, entry, reason });
  const parsed = statisticSchema.safeParse(input);
  if (!parsed.success) {
    for (const r of formatIssues(parsed.error)) fail(r);
    return { citations: [], problems };
  }
  const s = parsed.data;
  const v = ctx.vocabulary;

  const metric = v.metrics[s.metric];
  if (!metric) fail(`unknown metric ${s.metric} (add it to vocabulary/metrics.yaml)`);
  const subjectKind = ctx.entityKinds.get(s.subject);
  if (!subjectKind && !ctx.invalidIds?.has(s.subject)) fail(`dangling subject ${s.subject} (no such entity)`);
  else if (subjectKind && metric && !metric.subjectKinds.includes(subjectKind)) {
    fail(
      `metric ${s.metric} is about a ${metric.subjectKinds.join(' or ')}, but ${s.subject} is a ${subjectKind}`,
    );
  }
  const unit = s.unit ?? metric?.unit;
  if (metric?.unit !== undefined && s.unit !== undefined && s.unit !== metric.unit) {
    fail(`unit ${s.unit} differs from the unit of ${s.metric} (${metric.unit})`);
  }
  const term = (what: string, table: Record<string, TermDef>, value: string | undefined) => {
    if (value === undefined) return undefined;
    const t = table[value];
    if (!t) fail(`unknown ${what} ${value}; known: ${Object.keys(table).join(', ')}`);
    return t;
  };
  const qualifier = term('qualifier', v.qualifiers, s.qualifier);
  const scope = term('scope', v.scopes, s.scope);
  const comparison = term('comparison', v.comparisons, s.comparison);
  const aggregation = term('aggregation', v.aggregations, s.aggregation);
  if (s.modality !== undefined && !isModality(s.modality)) fail(`unknown modality ${s.modality}`);
  if (s.period !== undefined && /^[A-Z]/.test(s.period) && !v.periodKeywords[s.period]) {
    fail(`unknown period keyword ${s.period}; known: ${Object.keys(v.periodKeywords).join(', ')}`);
  }
  for (const r of checkRefs(ctx, 'refs', s.refs, undefined)) fail(r);

  const vague = qualifier?.vague === true;
  if (vague && s.value !== undefined) fail(`a ${s.qualifier} amount records no value; keep statedAs only`);
  if (s.value !== undefined && s.lowerBound !== undefined) fail('give value or lowerBound, not both');
  if (s.value === undefined && s.lowerBound === undefined && !vague) {
    fail('give the value the text states, a lowerBound, or a vague qualifier (SEVERAL_TENS, ROUND_FIGURE …)');
  }

  // The qualifier must match the wording: 余 means MORE_THAN and MORE_THAN needs 余/超 in statedAs.
  const signalled = Object.values(v.qualifiers).filter((q) => markersIn(q, s.statedAs));
  if (qualifier && qualifier.markers.length > 0 && !markersIn(qualifier, s.statedAs)) {
    fail(
      `qualifier ${qualifier.name} needs one of ${qualifier.markers.join(' ')} in statedAs ${JSON.stringify(s.statedAs)}`,
    );
  }
  if (signalled.length > 0 && !signalled.some((q) => q.name === s.qualifier)) {
    fail(
      `statedAs ${JSON.stringify(s.statedAs)} signals ${signalled.map((q) => q.name).join(' or ')}, not ${s.qualifier ?? 'no qualifier'}`,
    );
  }

  const citations = resolveCitations(s.citations, { id: s.id, type: 'statistic' }, ctx, o, problems);
  const quotes = citations.map((c) => c.quote);
  if (quotes.length > 0) {
    if (!quotes.some((q) => compactOf(q).includes(compactOf(s.statedAs)))) {
      fail(`statedAs ${JSON.stringify(s.statedAs)} is in none of its quotes`);
    }
    for (const [what, t] of [
      ['scope', scope],
      ['comparison', comparison],
      ['aggregation', aggregation],
    ] as const) {
      if (t && t.markers.length > 0 && !quotes.some((q) => markersIn(t, q))) {
        fail(`${what} ${t.name} needs one of ${t.markers.join(' ')} in a quote`);
      }
    }
    for (const [what, n] of [
      ['value', s.value],
      ['lowerBound', s.lowerBound],
    ] as const) {
      if (n === undefined) continue;
      const stating = quotes.filter((q) => numbersIn(q).length > 0);
      if (!stating.some((q) => agrees(n, unit, numbersIn(q)))) {
        const said =
          [...new Set(stating.flatMap((q) => numbersIn(q).map((m) => m.raw)))].join(', ') || 'no number';
        fail(`${what} ${n} disagrees with its quotes, which state ${said}`);
      }
    }
  }

  const stat: ResolvedStatistic = {
    id: s.id,
    subject: s.subject,
    metric: s.metric,
    statedAs: s.statedAs,
    isForecast: s.isForecast,
    file: o.file,
  };
  if (s.value !== undefined) stat.value = s.value;
  if (s.lowerBound !== undefined) stat.lowerBound = s.lowerBound;
  if (unit !== undefined) stat.unit = unit;
  if (s.qualifier !== undefined) stat.qualifier = s.qualifier;
  if (s.scope !== undefined) stat.scope = s.scope;
  if (s.comparison !== undefined) stat.comparison = s.comparison;
  if (s.aggregation !== undefined) stat.aggregation = s.aggregation;
  if (s.period !== undefined) stat.period = s.period;
  if (s.modality !== undefined && isModality(s.modality)) stat.modality = s.modality;
  if (s.refs.length > 0) stat.refs = s.refs;
  if (s.note !== undefined) stat.note = s.note;
  return { value: problems.length === 0 ? stat : undefined, citations, problems };
}

// ---------------------------------------------------------------------------------------------------------------
// Documents

function posix(path: string): string {
  return path.split(sep).join('/');
}

function resolveBreaks(
  index: TextIndex,
  breaks: { after: string; before: string; occurrence?: number | undefined; note?: string | undefined }[],
  file: string,
  entry: string,
  problems: Problem[],
): ResolvedBreak[] {
  const out: ResolvedBreak[] = [];
  breaks.forEach((b, i) => {
    const found = locate(index, `${b.after}${b.before}`, b.occurrence);
    if (!found.ok) {
      problems.push({
        file,
        entry,
        reason: `break ${i + 1}: "after" directly followed by "before": ${found.reason}`,
      });
      return;
    }
    // Walk the raw span to the end of `after`; what follows up to `before` is the whitespace gap.
    let remaining = compactOf(b.after).length;
    let at = found.start;
    while (remaining > 0 && at < found.end) {
      if (!/\s/u.test(index.text.charAt(at))) remaining--;
      at++;
    }
    let end = at;
    while (end < found.end && /\s/u.test(index.text.charAt(end))) end++;
    const resolved: ResolvedBreak = { start: at, end };
    if (b.note !== undefined) resolved.note = b.note;
    out.push(resolved);
  });
  return out;
}

interface LoadedDocument {
  doc: ResolvedDocument;
  text: DocumentText;
  citations: CitationInput[];
}

function loadDocument(seedDir: string, yamlPath: string, problems: Problem[]): LoadedDocument | undefined {
  const file = posix(relative(seedDir, yamlPath));
  const parsed = parseYaml(readFileSync(yamlPath, 'utf8'));
  if (!parsed.ok) {
    for (const reason of parsed.reasons) problems.push({ file, entry: '-', reason });
    return undefined;
  }
  const result = documentFileSchema.safeParse(parsed.data);
  if (!result.success) {
    for (const reason of formatIssues(result.error)) problems.push({ file, entry: '-', reason });
    return undefined;
  }
  const m = result.data;
  const textPath = join(dirname(yamlPath), m.textFile ?? `${basename(yamlPath).replace(/\.ya?ml$/, '')}.txt`);
  if (!existsSync(textPath)) {
    problems.push({
      file,
      entry: m.id,
      reason: `text file ${posix(relative(seedDir, textPath))} is missing`,
    });
    return undefined;
  }
  const bytes = readFileSync(textPath);
  const text = bytes.toString('utf8');
  const index = indexText(text);
  if (findAll(index, m.title).length === 0)
    problems.push({ file, entry: m.id, reason: 'the title is not in the text' });
  if (m.subtitle !== undefined && findAll(index, m.subtitle).length === 0) {
    problems.push({ file, entry: m.id, reason: 'the subtitle is not in the text' });
  }
  // Title and break problems are reported but the text stays usable, so they do not cascade into every citation.
  const breaks = resolveBreaks(index, m.breaks, file, m.id, problems);
  const doc: ResolvedDocument = {
    id: m.id,
    title: m.title,
    publisherId: m.publisher,
    authorId: m.author,
    language: m.language,
    notes: m.notes,
    text,
    file,
    textFile: posix(relative(seedDir, textPath)),
    sha256: createHash('sha256').update(bytes).digest('hex'),
    breaks,
  };
  if (m.subtitle !== undefined) doc.subtitle = m.subtitle;
  if (m.dateNote !== undefined) doc.dateNote = m.dateNote;
  if (m.publishedBefore !== undefined) doc.publishedBefore = m.publishedBefore;
  if (m.publishedAfter !== undefined) doc.publishedAfter = m.publishedAfter;
  return { doc, text: { id: m.id, index, breaks }, citations: m.citations };
}

// ---------------------------------------------------------------------------------------------------------------
// The whole seed

function yamlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...yamlFiles(path));
    else if (/\.ya?ml$/.test(name)) out.push(path);
  }
  return out;
}

interface Pending {
  file: string;
  entry: string;
  input: unknown;
  defaultDocument?: string;
}

function byId<T extends { id: string }>(a: T, b: T): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Validates the seed folder: documents/*.yaml (+ their texts), every YAML file under graph/, and vocabulary/ when
 * the folder has one (else the project's). Returns every problem, or the resolved graph when there is none.
 */
export async function loadSeed(
  seedDir: string,
): Promise<{ ok: true; graph: ResolvedGraph } | { ok: false; problems: Problem[] }> {
  const problems: Problem[] = [];
  let vocabulary = VOCABULARY;
  const vocabDir = join(seedDir, 'vocabulary');
  if (existsSync(vocabDir)) {
    const loaded = loadVocabulary(vocabDir);
    if (!loaded.ok) return { ok: false, problems: loaded.problems };
    vocabulary = loaded.vocabulary;
  }

  // Documents first: every citation needs their texts.
  const ctx: ValidationContext = { vocabulary, documents: new Map(), entityKinds: new Map() };
  const documents: LoadedDocument[] = [];
  const docFiles = yamlFiles(join(seedDir, 'documents'));
  if (docFiles.length === 0)
    problems.push({ file: 'documents', entry: '-', reason: 'no document metadata (*.yaml)' });
  const owner = new Map<string, string>();
  const claim = (id: string, what: string, file: string): boolean => {
    const prior = owner.get(id);
    if (prior !== undefined) {
      problems.push({ file, entry: id, reason: `duplicate id ${id}: already used by ${prior}` });
      return false;
    }
    owner.set(id, `${what} in ${file}`);
    return true;
  };
  for (const path of docFiles) {
    const loaded = loadDocument(seedDir, path, problems);
    if (!loaded || !claim(loaded.doc.id, 'a document', loaded.doc.file)) continue;
    documents.push(loaded);
    ctx.documents.set(loaded.doc.id, loaded.text);
  }

  // Read every graph file; keep entries for the passes below.
  const entityInputs: Pending[] = [];
  const relationInputs: Pending[] = [];
  const statisticInputs: Pending[] = [];
  const extraInputs: Pending[] = [];
  const graphFiles = yamlFiles(join(seedDir, 'graph'));
  if (graphFiles.length === 0)
    problems.push({ file: 'graph', entry: '-', reason: 'no graph files (*.yaml)' });
  for (const path of graphFiles) {
    const file = posix(relative(seedDir, path));
    const parsed = parseYaml(readFileSync(path, 'utf8'));
    if (!parsed.ok) {
      for (const reason of parsed.reasons) problems.push({ file, entry: '-', reason });
      continue;
    }
    const result = graphFileSchema.safeParse(parsed.data ?? {});
    if (!result.success) {
      for (const reason of formatIssues(result.error)) problems.push({ file, entry: '-', reason });
      continue;
    }
    const g = result.data;
    if (g.document !== undefined && !ctx.documents.has(g.document)) {
      problems.push({ file, entry: 'document', reason: `unknown default document ${g.document}` });
    }
    const common = g.document === undefined ? { file } : { file, defaultDocument: g.document };
    const add = (list: Pending[], section: string, items: unknown[]) => {
      for (const [i, input] of items.entries()) list.push({ ...common, entry: `${section}[${i}]`, input });
    };
    add(entityInputs, 'entities', g.entities);
    add(relationInputs, 'relations', g.relations);
    add(statisticInputs, 'statistics', g.statistics);
    add(extraInputs, 'citations', g.citations);
  }

  const opts = (p: Pending): EntryOptions => ({
    file: p.file,
    entry: p.entry,
    requireCitation: false,
    ...(p.defaultDocument === undefined ? {} : { defaultDocument: p.defaultDocument }),
  });

  // Register entity kinds before validating props that refer to other entities.
  const invalidIds = new Set<string>();
  ctx.invalidIds = invalidIds;
  for (const p of entityInputs) {
    const head = entityBaseSchema.safeParse(p.input);
    // The first definition wins, as it does for the id itself; a duplicate is reported below.
    if (head.success && isEntityKind(head.data.kind)) {
      if (!ctx.entityKinds.has(head.data.id)) ctx.entityKinds.set(head.data.id, head.data.kind);
    } else if (typeof p.input === 'object' && p.input !== null && 'id' in p.input) {
      const id = (p.input as { id: unknown }).id;
      if (typeof id === 'string') invalidIds.add(id);
    }
  }
  const entities: ResolvedEntity[] = [];
  const relations: ResolvedRelation[] = [];
  const statistics: ResolvedStatistic[] = [];
  const citations: ResolvedCitation[] = [];
  const citationCount = new Map<string, number>();
  const fileOf = new Map<string, string>();
  const keep = <T>(r: EntryResult<T>) => {
    problems.push(...r.problems);
    citations.push(...r.citations);
    for (const c of r.citations) citationCount.set(c.subjectId, (citationCount.get(c.subjectId) ?? 0) + 1);
    return r.value;
  };

  for (const p of entityInputs) {
    const e = keep(validateEntity(p.input, ctx, opts(p)));
    if (e && claim(e.id, 'an entity', p.file)) {
      entities.push(e);
      fileOf.set(e.id, p.file);
    }
  }
  for (const p of relationInputs) {
    const rs = keep(validateRelation(p.input, ctx, opts(p))) ?? [];
    for (const r of rs) {
      if (claim(r.id, 'a relation', p.file)) {
        relations.push(r);
        fileOf.set(r.id, p.file);
      }
    }
  }
  const statKey = new Map<string, string>();
  for (const p of statisticInputs) {
    const s = keep(validateStatistic(p.input, ctx, opts(p)));
    if (!s || !claim(s.id, 'a statistic', p.file)) continue;
    statistics.push(s);
    fileOf.set(s.id, p.file);
    // The same figure stated twice is one statistic with two citations.
    const key = [s.subject, s.metric, s.value ?? s.statedAs, s.period ?? '', s.scope ?? ''].join('|');
    const twin = statKey.get(key);
    if (twin) {
      problems.push({
        file: p.file,
        entry: s.id,
        reason: `same figure as ${twin}: merge them into one statistic with both citations`,
      });
    }
    statKey.set(key, s.id);
  }

  // Document citations, then citations attached from elsewhere.
  for (const d of documents) {
    const o: EntryOptions = { file: d.doc.file, defaultDocument: d.doc.id, requireCitation: false };
    keep({
      citations: resolveCitations(d.citations, { id: d.doc.id, type: 'document' }, ctx, o, problems),
      problems: [],
    });
  }
  const subjectType = new Map<string, SubjectType>([
    ...entities.map((e) => [e.id, 'entity'] as const),
    ...relations.map((r) => [r.id, 'relation'] as const),
    ...statistics.map((s) => [s.id, 'statistic'] as const),
    ...documents.map((d) => [d.doc.id, 'document'] as const),
  ]);
  for (const p of extraInputs) {
    const parsed = extraCitationSchema.safeParse(p.input);
    if (!parsed.success) {
      for (const reason of formatIssues(parsed.error))
        problems.push({ file: p.file, entry: p.entry, reason });
      continue;
    }
    const { subject, ...input } = parsed.data;
    const type = subjectType.get(subject);
    if (!type) {
      problems.push({ file: p.file, entry: p.entry, reason: `citation for unknown subject ${subject}` });
      continue;
    }
    const n = (citationCount.get(subject) ?? 0) + 1;
    const r = resolveCitation(input, { id: subject, type }, n, ctx, p.defaultDocument);
    if (!r.ok) problems.push({ file: p.file, entry: p.entry, reason: r.reason });
    else keep({ citations: [r.citation], problems: [] });
  }

  for (const [id, type] of subjectType) {
    if (type !== 'document' && !citationCount.get(id)) {
      problems.push({
        file: fileOf.get(id) ?? '?',
        entry: id,
        reason: 'missing citation: every fact needs at least one quote',
      });
    }
  }

  for (const { doc } of documents) {
    const check = (field: string, id: string, type: 'PUBLISHED_BY' | 'WRITTEN_BY') => {
      const kind = ctx.entityKinds.get(id);
      const wanted = vocabulary.documentRelationTypes[type].targetKinds;
      if (!kind && invalidIds.has(id)) return;
      if (!kind)
        problems.push({
          file: doc.file,
          entry: doc.id,
          reason: `${field}: dangling id ${id} (no such entity)`,
        });
      else if (!wanted.includes(kind)) {
        problems.push({
          file: doc.file,
          entry: doc.id,
          reason: `${field}: ${id} is a ${kind}, expected ${wanted.join(' or ')}`,
        });
      }
    };
    check('publisher', doc.publisherId, 'PUBLISHED_BY');
    check('author', doc.authorId, 'WRITTEN_BY');
  }

  // Two entities answering to the same name would make search and the named-entity checklist ambiguous.
  const nameOwner = new Map<string, string>();
  for (const e of entities) {
    const names = new Set(
      [e.name, e.fullName, e.nameEn, ...e.aliases].filter((n): n is string => !!n).map(nameKey),
    );
    for (const key of names) {
      const other = nameOwner.get(key);
      if (other !== undefined && other !== e.id) {
        problems.push({
          file: e.file,
          entry: e.id,
          reason: `name or alias "${key}" is also a name of ${other}`,
        });
      } else nameOwner.set(key, e.id);
    }
  }

  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    graph: {
      documents: documents.map((d) => d.doc).sort(byId),
      entities: entities.sort(byId),
      relations: relations.sort(byId),
      statistics: statistics.sort(byId),
      citations: citations.sort(byId),
    },
  };
}
