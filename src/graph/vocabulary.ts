/**
 * The vocabularies of seed/vocabulary, loaded and typed. The YAML holds the definitions (descriptions, allowed
 * kinds, wording, markers); the names that are GraphQL enums are also listed here as constants so TypeScript can
 * type them, and loading fails when the two disagree.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { projectPath } from '../paths.js';
import {
  entityKindsFileSchema,
  formatIssues,
  type MarkedTerm,
  metricsFileSchema,
  type Problem,
  type PropDef,
  parseYaml,
  qualifiersFileSchema,
  relationTypesFileSchema,
} from './model.js';

export const ENTITY_KINDS = [
  'Organization',
  'Person',
  'AIModel',
  'Robot',
  'Park',
  'Venue',
  'Place',
  'Event',
  'Award',
  'Policy',
  'Initiative',
  'Topic',
] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

export const ORG_CATEGORIES = [
  'GOVERNMENT',
  'PARTY',
  'COMPANY',
  'LAB',
  'UNIVERSITY',
  'RESEARCH_INSTITUTE',
  'ASSOCIATION',
  'FOUNDATION',
  'ALLIANCE',
  'CENTRE',
  'FUND',
  'PLATFORM',
  'COMMITTEE',
  'MEDIA',
] as const;
export type OrgCategory = (typeof ORG_CATEGORIES)[number];

export const RELATION_TYPE_NAMES = [
  'ORGANIZED_BY',
  'CO_HELD_WITH',
  'HELD_IN',
  'LOCATED_IN',
  'PART_OF',
  'EDITION_OF',
  'DEVELOPED_BY',
  'OPEN_SOURCED_BY',
  'RELEASED_BY',
  'OPERATED_BY',
  'FOCUSES_ON',
  'EXAMPLE_OF',
  'ENABLES',
  'SHOWCASES',
  'VISITED',
  'WORKS_FOR',
  'EXHIBITS_AT',
  'PRESENTED_AT',
  'LEADS',
  'BUILDS',
  'FUNDS',
  'HOSTS',
  'SUPPORTS',
  'REQUIRED_BY',
  'IMPLEMENTED_BY',
  'OVERSEEN_BY',
  'ABOUT',
] as const;
export type RelationType = (typeof RELATION_TYPE_NAMES)[number];

/** Links from a document to its publisher and author; written by the loader from the document metadata. */
export const DOCUMENT_RELATION_TYPE_NAMES = ['PUBLISHED_BY', 'WRITTEN_BY'] as const;
export type DocumentRelationType = (typeof DOCUMENT_RELATION_TYPE_NAMES)[number];

export const MODALITIES = ['REPORTED', 'PLANNED', 'EXPECTED'] as const;
export type Modality = (typeof MODALITIES)[number];

/**
 * Keys the loader writes next to the props on a node or relationship; a prop of the same name would overwrite
 * them.
 */
export const RESERVED_PROP_NAMES = [
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
  'type',
  'source',
  'target',
  'when',
  'modality',
  'note',
  'sortName',
  'aliasText',
  'searchText',
  'seedFile',
  'origin',
  'hash',
];

export interface EntityKindDef {
  kind: EntityKind;
  description: string;
  categoryRequired: boolean;
  subtypeRequired: boolean;
  /** Allowed subtypes with their meaning; empty when the kind has none. */
  subtypes: Record<string, string>;
  /** Kind-specific props, plus the props common to every kind. */
  props: Record<string, PropDef>;
}

export interface KindPair {
  source: EntityKind[];
  target: EntityKind[];
}

export interface RelationTypeDef {
  type: RelationType;
  description: string;
  symmetric: boolean;
  /** Allowed (source kinds, target kinds) pairs; a relation must fit one. */
  allowed: KindPair[];
  /** Union of the allowed source kinds (for display; `allowed` is the rule). */
  sourceKinds: EntityKind[];
  /** Union of the allowed target kinds. */
  targetKinds: EntityKind[];
  /** Templates with {source} and {target}. */
  forwardZh: string;
  backwardZh: string;
  forwardEn: string;
  backwardEn: string;
  props: Record<string, PropDef>;
}

export interface DocumentRelationTypeDef {
  type: DocumentRelationType;
  description: string;
  targetKinds: EntityKind[];
  forwardZh: string;
  backwardZh: string;
  forwardEn: string;
  backwardEn: string;
}

export interface MetricDef {
  name: string;
  description: string;
  unit?: string;
  subjectKinds: EntityKind[];
}

export interface TermDef {
  name: string;
  description: string;
  /** Surface words that signal the term (see seed/vocabulary/qualifiers.yaml). */
  markers: string[];
  /** A vague amount: no value is recorded with it. */
  vague: boolean;
}

export interface Vocabulary {
  entityKinds: Record<EntityKind, EntityKindDef>;
  categories: Record<OrgCategory, string>;
  relationTypes: Record<RelationType, RelationTypeDef>;
  documentRelationTypes: Record<DocumentRelationType, DocumentRelationTypeDef>;
  metrics: Record<string, MetricDef>;
  modalities: Record<Modality, TermDef>;
  qualifiers: Record<string, TermDef>;
  scopes: Record<string, TermDef>;
  comparisons: Record<string, TermDef>;
  aggregations: Record<string, TermDef>;
  periodKeywords: Record<string, { name: string; description: string }>;
}

export const VOCABULARY_FILES = {
  entityKinds: 'entity-kinds.yaml',
  relationTypes: 'relation-types.yaml',
  qualifiers: 'qualifiers.yaml',
  metrics: 'metrics.yaml',
} as const;

function isMember<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}

/** Reports names missing from or extra to a fixed list (the YAML must define exactly the enum's values). */
function sameNames(
  problems: Problem[],
  file: string,
  what: string,
  expected: readonly string[],
  actual: string[],
): void {
  for (const name of expected) {
    if (!actual.includes(name)) {
      problems.push({
        file,
        entry: name,
        reason: `${what} ${name} is in vocabulary.ts but not defined here`,
      });
    }
  }
  for (const name of actual) {
    if (!expected.includes(name)) {
      problems.push({
        file,
        entry: name,
        reason: `${what} ${name} is not in vocabulary.ts (the GraphQL enum must list it too)`,
      });
    }
  }
}

function terms(record: Record<string, MarkedTerm>): Record<string, TermDef> {
  return Object.fromEntries(
    Object.entries(record).map(([name, t]) => [
      name,
      { name, description: t.description, markers: t.markers, vague: t.vague },
    ]),
  );
}

function kindList(
  problems: Problem[],
  file: string,
  entry: string,
  field: string,
  kinds: readonly string[],
): EntityKind[] {
  const out: EntityKind[] = [];
  for (const k of kinds) {
    if (isMember(ENTITY_KINDS, k)) out.push(k);
    else problems.push({ file, entry, reason: `${field}: unknown entity kind ${k}` });
  }
  return out;
}

function checkPropNames(
  problems: Problem[],
  file: string,
  entry: string,
  props: Record<string, PropDef>,
): void {
  for (const [name, def] of Object.entries(props)) {
    if (RESERVED_PROP_NAMES.includes(name)) {
      problems.push({
        file,
        entry,
        reason: `prop ${name} would overwrite a field the loader writes; rename it`,
      });
    }
    if (def.refKinds) kindList(problems, file, entry, `prop ${name} refKinds`, def.refKinds);
  }
}

function readVocabularyFile<S extends z.ZodType>(
  dir: string,
  name: string,
  schema: S,
  problems: Problem[],
): z.infer<S> | undefined {
  const path = join(dir, name);
  const file = `vocabulary/${name}`;
  if (!existsSync(path)) {
    problems.push({ file, entry: '-', reason: 'vocabulary file is missing' });
    return undefined;
  }
  const parsed = parseYaml(readFileSync(path, 'utf8'));
  if (!parsed.ok) {
    for (const reason of parsed.reasons) problems.push({ file, entry: '-', reason });
    return undefined;
  }
  const result = schema.safeParse(parsed.data);
  if (!result.success) {
    for (const reason of formatIssues(result.error)) problems.push({ file, entry: '-', reason });
    return undefined;
  }
  return result.data;
}

/** Loads and cross-checks the four vocabulary files of a folder; returns every problem instead of throwing. */
export function loadVocabulary(
  dir: string,
): { ok: true; vocabulary: Vocabulary } | { ok: false; problems: Problem[] } {
  const problems: Problem[] = [];
  const kindsFile = readVocabularyFile(dir, VOCABULARY_FILES.entityKinds, entityKindsFileSchema, problems);
  const relFile = readVocabularyFile(dir, VOCABULARY_FILES.relationTypes, relationTypesFileSchema, problems);
  const qualFile = readVocabularyFile(dir, VOCABULARY_FILES.qualifiers, qualifiersFileSchema, problems);
  const metricsFile = readVocabularyFile(dir, VOCABULARY_FILES.metrics, metricsFileSchema, problems);
  if (!kindsFile || !relFile || !qualFile || !metricsFile) return { ok: false, problems };

  const kf = `vocabulary/${VOCABULARY_FILES.entityKinds}`;
  sameNames(problems, kf, 'entity kind', ENTITY_KINDS, Object.keys(kindsFile.kinds));
  sameNames(problems, kf, 'organization category', ORG_CATEGORIES, Object.keys(kindsFile.categories));
  checkPropNames(problems, kf, 'commonProps', kindsFile.commonProps);
  const entityKinds = {} as Record<EntityKind, EntityKindDef>;
  for (const [kind, def] of Object.entries(kindsFile.kinds)) {
    if (!isMember(ENTITY_KINDS, kind)) continue;
    checkPropNames(problems, kf, kind, def.props);
    for (const name of Object.keys(def.props)) {
      if (name in kindsFile.commonProps) {
        problems.push({ file: kf, entry: kind, reason: `prop ${name} is already a common prop` });
      }
    }
    if (def.subtypeRequired && Object.keys(def.subtypes).length === 0) {
      problems.push({ file: kf, entry: kind, reason: 'subtypeRequired but no subtypes are listed' });
    }
    entityKinds[kind] = {
      kind,
      description: def.description,
      categoryRequired: def.categoryRequired,
      subtypeRequired: def.subtypeRequired,
      subtypes: def.subtypes,
      props: { ...kindsFile.commonProps, ...def.props },
    };
  }
  const categories = {} as Record<OrgCategory, string>;
  for (const [name, description] of Object.entries(kindsFile.categories)) {
    if (isMember(ORG_CATEGORIES, name)) categories[name] = description;
  }

  const rf = `vocabulary/${VOCABULARY_FILES.relationTypes}`;
  sameNames(problems, rf, 'relation type', RELATION_TYPE_NAMES, Object.keys(relFile.types));
  sameNames(
    problems,
    rf,
    'document relation type',
    DOCUMENT_RELATION_TYPE_NAMES,
    Object.keys(relFile.documentTypes),
  );
  const relationTypes = {} as Record<RelationType, RelationTypeDef>;
  for (const [type, def] of Object.entries(relFile.types)) {
    if (!isMember(RELATION_TYPE_NAMES, type)) continue;
    const allowed = def.allowed.map((pair) => ({
      source: kindList(problems, rf, type, 'allowed source', pair.source),
      target: kindList(problems, rf, type, 'allowed target', pair.target),
    }));
    for (const name of Object.keys(def.props)) {
      if (RESERVED_PROP_NAMES.includes(name) || name === 'collective' || name === 'group') {
        problems.push({ file: rf, entry: type, reason: `prop ${name} is reserved; rename it` });
      }
    }
    if (def.symmetric && allowed.some((p) => p.source.join() !== p.target.join())) {
      problems.push({
        file: rf,
        entry: type,
        reason: 'a symmetric type must allow the same kinds at both ends',
      });
    }
    relationTypes[type] = {
      type,
      description: def.description,
      symmetric: def.symmetric,
      allowed,
      sourceKinds: ENTITY_KINDS.filter((k) => allowed.some((p) => p.source.includes(k))),
      targetKinds: ENTITY_KINDS.filter((k) => allowed.some((p) => p.target.includes(k))),
      forwardZh: def.forwardZh,
      backwardZh: def.backwardZh,
      forwardEn: def.forwardEn,
      backwardEn: def.backwardEn,
      props: def.props,
    };
  }
  const documentRelationTypes = {} as Record<DocumentRelationType, DocumentRelationTypeDef>;
  for (const [type, def] of Object.entries(relFile.documentTypes)) {
    if (!isMember(DOCUMENT_RELATION_TYPE_NAMES, type)) continue;
    documentRelationTypes[type] = {
      type,
      description: def.description,
      targetKinds: kindList(problems, rf, type, 'targetKinds', def.targetKinds),
      forwardZh: def.forwardZh,
      backwardZh: def.backwardZh,
      forwardEn: def.forwardEn,
      backwardEn: def.backwardEn,
    };
  }

  const qf = `vocabulary/${VOCABULARY_FILES.qualifiers}`;
  sameNames(problems, qf, 'modality', MODALITIES, Object.keys(qualFile.modalities));
  const modalities = terms(qualFile.modalities) as Record<Modality, TermDef>;

  const mf = `vocabulary/${VOCABULARY_FILES.metrics}`;
  const metrics: Record<string, MetricDef> = {};
  for (const [name, def] of Object.entries(metricsFile.metrics)) {
    metrics[name] = {
      name,
      description: def.description,
      ...(def.unit === undefined ? {} : { unit: def.unit }),
      subjectKinds: kindList(problems, mf, name, 'subjectKinds', def.subjectKinds),
    };
  }

  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    vocabulary: {
      entityKinds,
      categories,
      relationTypes,
      documentRelationTypes,
      metrics,
      modalities,
      qualifiers: terms(qualFile.qualifiers),
      scopes: terms(qualFile.scopes),
      comparisons: terms(qualFile.comparisons),
      aggregations: terms(qualFile.aggregations),
      periodKeywords: Object.fromEntries(
        Object.entries(qualFile.periodKeywords).map(([name, d]) => [
          name,
          { name, description: d.description },
        ]),
      ),
    },
  };
}

export const DEFAULT_VOCABULARY_DIR = projectPath('seed', 'vocabulary');

function loadDefault(): Vocabulary {
  const result = loadVocabulary(DEFAULT_VOCABULARY_DIR);
  if (!result.ok) {
    const lines = result.problems.map((p) => `  ${p.file} [${p.entry}]: ${p.reason}`).join('\n');
    throw new Error(`The vocabulary in ${DEFAULT_VOCABULARY_DIR} is invalid:\n${lines}`);
  }
  return result.vocabulary;
}

/** The project's vocabulary, read once at start-up; a broken vocabulary stops the process with every problem. */
export const VOCABULARY: Vocabulary = loadDefault();

export const ENTITY_KIND_DEFS: Readonly<Record<EntityKind, EntityKindDef>> = VOCABULARY.entityKinds;
export const ORG_CATEGORY_DEFS: Readonly<Record<OrgCategory, string>> = VOCABULARY.categories;
export const RELATION_TYPES: Readonly<Record<RelationType, RelationTypeDef>> = VOCABULARY.relationTypes;
export const DOCUMENT_RELATION_TYPES: Readonly<Record<DocumentRelationType, DocumentRelationTypeDef>> =
  VOCABULARY.documentRelationTypes;
export const METRICS: Readonly<Record<string, MetricDef>> = VOCABULARY.metrics;
export const MODALITY_DEFS: Readonly<Record<Modality, TermDef>> = VOCABULARY.modalities;
export const QUALIFIERS: Readonly<Record<string, TermDef>> = VOCABULARY.qualifiers;
export const SCOPES: Readonly<Record<string, TermDef>> = VOCABULARY.scopes;
export const COMPARISONS: Readonly<Record<string, TermDef>> = VOCABULARY.comparisons;
export const AGGREGATIONS: Readonly<Record<string, TermDef>> = VOCABULARY.aggregations;
export const PERIOD_KEYWORDS: Readonly<Record<string, { name: string; description: string }>> =
  VOCABULARY.periodKeywords;

export function isEntityKind(value: string): value is EntityKind {
  return isMember(ENTITY_KINDS, value);
}
export function isOrgCategory(value: string): value is OrgCategory {
  return isMember(ORG_CATEGORIES, value);
}
export function isRelationType(value: string): value is RelationType {
  return isMember(RELATION_TYPE_NAMES, value);
}
export function isModality(value: string): value is Modality {
  return isMember(MODALITIES, value);
}

/** Fills a wording template, e.g. phrase(RELATION_TYPES.OPEN_SOURCED_BY.forwardZh, '青龙', '…'). */
export function phrase(template: string, source: string, target: string): string {
  return template.replaceAll('{source}', source).replaceAll('{target}', target);
}
