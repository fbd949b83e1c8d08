import { createHash } from 'node:crypto';
import type {
  ResolvedCitation,
  ResolvedDocument,
  ResolvedEntity,
  ResolvedGraph,
  ResolvedRelation,
  ResolvedStatistic,
} from '../graph/validate.js';
import { nameKeys, normalize } from '../search/normalize.js';

/** A property value Neo4j stores: primitives and arrays of one primitive type. */
export type PropValue = string | number | boolean | string[] | number[];
export type Props = Record<string, PropValue>;

export interface NodeRow {
  id: string;
  hash: string;
  props: Props;
}
export interface RelationRow extends NodeRow {
  type: string;
  source: string;
  target: string;
}

function clean(o: Record<string, PropValue | undefined | null>): Props {
  const out: Props = {};
  for (const key of Object.keys(o).sort()) {
    const v = o[key];
    if (v !== undefined && v !== null) out[key] = v;
  }
  return out;
}

/** The hash covers exactly what is written, so an unchanged row is skipped and a changed one rewritten. */
function withHash(id: string, fields: Record<string, PropValue | undefined | null>, origin: string): NodeRow {
  const props = clean(fields);
  const hash = createHash('sha256').update(JSON.stringify(props)).digest('base64url').slice(0, 22);
  return { id, hash, props: { ...props, origin, hash } };
}

export function entityRow(e: ResolvedEntity, origin = 'seed'): NodeRow {
  const names = [e.name, e.fullName, e.nameEn, ...e.aliases].filter((n): n is string => !!n);
  const keys = new Set(names.flatMap(nameKeys));
  return withHash(
    e.id,
    {
      ...e.props,
      id: e.id,
      kind: e.kind,
      category: e.category,
      subtype: e.subtype,
      name: e.name,
      fullName: e.fullName,
      nameEn: e.nameEn,
      aliases: e.aliases,
      description: e.description,
      nameEnTranslated: e.nameEnTranslated,
      contextualAliases: e.contextualAliases,
      // Sort key for ordered pages (keyset on sortName + id); normalised so case and width do not reorder.
      sortName: normalize(e.nameEn ?? e.name),
      // Full-text fields: one value per line so a phrase never straddles two names.
      aliasText: [e.fullName, ...e.aliases].filter(Boolean).join('\n'),
      // Normalised names for prefix filters (entities(where: { namePrefix })).
      aliasKeys: [...new Set(names.map(normalize))],
      searchText: [...keys].join('\n'),
      seedFile: e.file,
    },
    origin,
  );
}

export function relationRow(r: ResolvedRelation, origin = 'seed'): RelationRow {
  const row = withHash(
    r.id,
    { ...r.props, id: r.id, when: r.when, modality: r.modality, note: r.note, seedFile: r.file },
    origin,
  );
  return { ...row, type: r.type, source: r.source, target: r.target };
}

export function statisticRow(s: ResolvedStatistic, origin = 'seed'): NodeRow {
  return withHash(
    s.id,
    {
      id: s.id,
      subjectId: s.subject,
      metric: s.metric,
      value: s.value,
      unit: s.unit,
      statedAs: s.statedAs,
      qualifier: s.qualifier,
      scope: s.scope,
      comparison: s.comparison,
      aggregation: s.aggregation,
      period: s.period,
      isForecast: s.isForecast,
      note: s.note,
      lowerBound: s.lowerBound,
      modality: s.modality,
      refs: s.refs,
      seedFile: s.file,
    },
    origin,
  );
}

export function citationRow(c: ResolvedCitation, origin = 'seed'): NodeRow {
  return withHash(
    c.id,
    {
      id: c.id,
      subjectId: c.subjectId,
      subjectType: c.subjectType,
      documentId: c.documentId,
      quote: c.quote,
      start: c.start,
      end: c.end,
      occurrence: c.occurrence,
    },
    origin,
  );
}

export function documentRow(d: ResolvedDocument, origin = 'seed'): NodeRow {
  return withHash(
    d.id,
    {
      id: d.id,
      title: d.title,
      publisherId: d.publisherId,
      authorId: d.authorId,
      language: d.language,
      dateNote: d.dateNote,
      publishedBefore: d.publishedBefore,
      notes: d.notes,
      subtitle: d.subtitle,
      publishedAfter: d.publishedAfter,
      sha256: d.sha256,
      // Neo4j stores no lists of maps: the scrape breaks as parallel offset lists.
      breakStarts: d.breaks?.map((b) => b.start),
      breakEnds: d.breaks?.map((b) => b.end),
      text: d.text,
      seedFile: d.file,
    },
    origin,
  );
}

export interface SeedRows {
  entities: NodeRow[];
  documents: NodeRow[];
  statistics: NodeRow[];
  citations: NodeRow[];
  relations: RelationRow[];
}

export function seedRows(g: ResolvedGraph): SeedRows {
  return {
    entities: g.entities.map((e) => entityRow(e)),
    documents: g.documents.map((d) => documentRow(d)),
    statistics: g.statistics.map((s) => statisticRow(s)),
    citations: g.citations.map((c) => citationRow(c)),
    relations: g.relations.map((r) => relationRow(r)),
  };
}

/** Version of a seed: changes whenever any written row does. */
export function datasetVersion(rows: SeedRows): string {
  const h = createHash('sha256');
  for (const group of Object.values(rows) as NodeRow[][])
    for (const row of group) h.update(`${row.id}=${row.hash};`);
  return h.digest('hex').slice(0, 12);
}
