/**
 * Writes through the API. Each mutation runs in one transaction that takes the API write lock, reads from Neo4j
 * exactly what the seed validator's rules need (the kinds of the ids the entry names, the texts of the documents
 * it cites, the facts that could clash with it), validates with the same functions as the loader, writes rows
 * built by the loader's row builders with origin 'api', and records the change in the audit trail.
 */
import { GraphQLError } from 'graphql';
import { cypher } from '../db/cypher.js';
import type { Executor, Row, WriteTx } from '../db/executor.js';
import { extraCitationSchema, formatIssues, type Problem } from '../graph/model.js';
import { indexText } from '../graph/quotes.js';
import {
  type DocumentText,
  nameKey,
  type ResolvedCitation,
  type ResolvedEntity,
  relationId,
  resolveCitation,
  type SubjectType,
  type ValidationContext,
  validateEntity,
  validateRelation,
  validateStatistic,
} from '../graph/validate.js';
import {
  type EntityKind,
  isEntityKind,
  isRelationType,
  VOCABULARY,
  type Vocabulary,
} from '../graph/vocabulary.js';
import { compact } from '../search/normalize.js';
import { citationRow, entityRow, relationRow, statisticRow } from '../seed/rows.js';
import {
  type ChangeEntry,
  changedFields,
  type Fields,
  publicFields,
  recordChange,
  type WriteStamp,
} from './changes.js';
import {
  type CitationModel,
  type EntityModel,
  type RelationModel,
  type StatisticModel,
  toCitation,
  toEntity,
  toRelation,
  toStatistic,
} from './models.js';

/** Entries in the seed files' shape (seed/README.md); the GraphQL layer builds them from the inputs. */
export type Entry = Record<string, unknown>;

export interface DeleteResult {
  id: string;
  deleted: boolean;
  relationsRemoved: number;
  statisticsRemoved: number;
  citationsRemoved: number;
}

/** `file` of every problem and `seedFile` of every row written through the API. */
const API_FILE = 'api';

/**
 * Raised inside the transaction to roll it back; its message is fixed so that no user text reaches the
 * executor's error translation, which classifies errors by message.
 */
class Refused extends Error {
  override name = 'Refused';
  constructor(
    readonly argument: string,
    readonly problems: Problem[],
  ) {
    super('the write was refused by validation');
  }
}

/** Raised to roll back a transaction that turned out to change nothing, carrying what the mutation returns. */
class NothingWritten extends Error {
  override name = 'NothingWritten';
  constructor(readonly value: unknown) {
    super('nothing to write');
  }
}

const MAX_REASONS_IN_MESSAGE = 5;

/** BAD_USER_INPUT naming the argument, with every problem (entry and reason, as the loader words them). */
export function invalidInput(argument: string, problems: Problem[]): GraphQLError {
  const reasons = problems.map((p) => p.reason);
  const more =
    reasons.length > MAX_REASONS_IN_MESSAGE ? ` (and ${reasons.length - MAX_REASONS_IN_MESSAGE} more)` : '';
  return new GraphQLError(
    `Argument "${argument}" is invalid: ${reasons.slice(0, MAX_REASONS_IN_MESSAGE).join('; ')}${more}`,
    {
      extensions: {
        code: 'BAD_USER_INPUT',
        argument,
        problems: problems.map((p) => ({ entry: p.entry, reason: p.reason })),
      },
    },
  );
}

const problem = (entry: string, reason: string): Problem => ({ file: API_FILE, entry, reason });

const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
const text = (v: unknown): string | null => (typeof v === 'string' ? v : null);

/** The documents an entry's citations name. */
function documentsOf(entry: Entry): string[] {
  const cites = Array.isArray(entry.citations) ? entry.citations : [];
  return cites.flatMap((c) =>
    typeof c === 'object' && c !== null && 'document' in c
      ? strings([(c as { document: unknown }).document])
      : [],
  );
}

/**
 * Field names Object.prototype already has (constructor, __proto__ …) would be looked up on the prototype by the
 * shared validator's `props[key]`, which then fails; they are unknown fields: reported in the validator's words
 * and left out of what it is given.
 */
function withoutInheritedFields(
  entry: Entry,
  entryId: string,
  owner: string,
  known: Record<string, unknown> | undefined,
): { entry: Entry; problems: Problem[] } {
  const names = Object.keys(known ?? {});
  const problems: Problem[] = [];
  const kept: Entry = {};
  for (const [key, value] of Object.entries(entry)) {
    if (key in Object.prototype) {
      const fields = names.length ? ` (its fields: ${names.join(', ')})` : '';
      problems.push(problem(entryId, `unknown field ${key} for ${owner}${fields}`));
    } else Object.defineProperty(kept, key, { value, enumerable: true, writable: true, configurable: true });
  }
  return { entry: kept, problems };
}

/** What a node with these labels is, in the loader's duplicate-id wording. */
function what(labels: string[]): string {
  if (labels.includes('Entity')) return 'an entity';
  if (labels.includes('Statistic')) return 'a statistic';
  if (labels.includes('Document')) return 'a document';
  if (labels.includes('Citation')) return 'a citation';
  return 'another node';
}

const duplicate = (id: string, by: string) => problem(id, `duplicate id ${id}: already used by ${by}`);

interface NodeState {
  labels: string[];
  props: Fields;
}

interface Uses {
  props: Fields;
  relations: { id: string; type: string; source: string; target: string; other: string; otherKind: string }[];
  statistics: { id: string; metric: string }[];
  namedByEntities: { id: string; kind: string; fields: string[] }[];
  namedByStatistics: string[];
  namedByDocuments: { id: string; publisher: boolean; author: boolean }[];
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function summaryOf(kind: string, id: string, before: Fields | null, after: Fields, added: number): string {
  const cited = added > 0 ? `${plural(added, 'citation')} added` : '';
  if (!before) return `created ${kind} ${id}${cited ? `; ${cited}` : ''}`;
  const { citations: _b, ...b } = before;
  const { citations: _a, ...a } = after;
  const fields = changedFields(b, a);
  const parts = [fields.length > 0 ? fields.join(', ') : '', cited].filter((p) => p !== '');
  return `updated ${kind} ${id}: ${parts.join('; ')}`;
}

export class MutationService {
  /** Entity fields whose values are entity ids (an event's venues …): what deleting or re-kinding must check. */
  private readonly refFields: string[];

  constructor(
    private readonly db: Executor,
    private readonly vocabulary: Vocabulary = VOCABULARY,
  ) {
    const fields = new Set<string>();
    for (const def of Object.values(vocabulary.entityKinds))
      for (const [name, prop] of Object.entries(def.props)) if (prop.type === 'refs') fields.add(name);
    this.refFields = [...fields].sort();
  }

  async upsertEntity(entry: Entry, stamp: WriteStamp): Promise<EntityModel> {
    return this.write(stamp, async (tx, record) => {
      const id = String(entry.id);
      const refIds = Object.entries(entry)
        .filter(([k]) => !['aliases', 'contextualAliases', 'citations'].includes(k))
        .flatMap(([, v]) => strings(v));
      const ctx = await this.context(tx, [id, ...refIds], documentsOf(entry));
      const kind = text(entry.kind);
      if (kind && isEntityKind(kind)) ctx.entityKinds.set(id, kind);
      const kindDef = kind && isEntityKind(kind) ? this.vocabulary.entityKinds[kind] : undefined;
      const safe = withoutInheritedFields(entry, id, `a ${kind}`, kindDef?.props);
      const result = validateEntity(safe.entry, ctx, { file: API_FILE, entry: id });
      const e = result.value;
      if (!e || safe.problems.length > 0) throw new Refused('input', [...safe.problems, ...result.problems]);

      const problems: Problem[] = [];
      const existing = await this.node(tx, e.id);
      if (existing && !existing.labels.includes('Entity'))
        problems.push(duplicate(e.id, what(existing.labels)));
      if (!existing && (await this.relation(tx, e.id)).length > 0)
        problems.push(duplicate(e.id, 'a relation'));
      problems.push(...(await this.nameClashes(tx, e)));
      if (existing && existing.props.kind !== e.kind)
        problems.push(...(await this.rekindProblems(tx, e.id, e.kind)));
      if (problems.length > 0) throw new Refused('input', problems);

      const row = entityRow(e, 'api');
      const unchanged = existing?.props.origin === 'api' && existing.props.hash === row.hash;
      const cites = await this.newCitations(tx, { id: e.id, type: 'entity' }, result.citations);
      if (!unchanged || cites.added.length > 0) {
        if (!unchanged) await tx.run(cypher('mutations/upsert-entity'), { row, ...this.who(stamp) });
        await this.writeCitations(tx, cites.added, stamp);
        const before = existing ? publicFields(existing.props, { citations: cites.had }) : null;
        const after = publicFields(row.props, { citations: cites.all });
        await record({
          operation: 'UPSERT_ENTITY',
          targetId: e.id,
          targetType: 'ENTITY',
          summary: summaryOf('entity', e.id, before, after, cites.added.length),
          before,
          after,
          entityIds: [e.id],
        });
      }
      const [found] = await tx.run(cypher('entities/by-ids'), { ids: [e.id] });
      return toEntity(found?.entity);
    });
  }

  /**
   * Cascade: the entity's relations (either direction), the statistics about it and the citations of all of
   * these go with it. Refused while another fact names it in a field, which would be left dangling.
   */
  async deleteEntity(id: string, stamp: WriteStamp): Promise<DeleteResult> {
    return this.write(stamp, async (tx, record) => {
      const uses = await this.uses(tx, id);
      if (!uses)
        return { id, deleted: false, relationsRemoved: 0, statisticsRemoved: 0, citationsRemoved: 0 };
      const statIds = uses.statistics.map((s) => s.id);
      const naming = [
        ...uses.namedByEntities.map((e) => `${e.fields.join(', ')} of ${e.id}`),
        ...uses.namedByStatistics.filter((s) => !statIds.includes(s)).map((s) => `refs of ${s}`),
        ...uses.namedByDocuments.flatMap((d) => [
          ...(d.publisher ? [`publisher of ${d.id}`] : []),
          ...(d.author ? [`author of ${d.id}`] : []),
        ]),
      ];
      if (naming.length > 0) {
        throw new Refused('id', [
          problem(id, `${id} is still named by ${naming.join('; ')}: edit those first, then delete it`),
        ]);
      }
      const relIds = uses.relations.map((r) => r.id);
      const [c] = await tx.run(cypher('mutations/delete-citations'), { ids: [id, ...relIds, ...statIds] });
      const [s] = await tx.run(cypher('mutations/delete-statistics'), { ids: statIds });
      await tx.run(cypher('mutations/delete-entity'), { id });
      const result: DeleteResult = {
        id,
        deleted: true,
        relationsRemoved: relIds.length,
        statisticsRemoved: Number(s?.deleted ?? 0),
        citationsRemoved: Number(c?.deleted ?? 0),
      };
      await record({
        operation: 'DELETE_ENTITY',
        targetId: id,
        targetType: 'ENTITY',
        summary: `deleted entity ${id}: ${plural(result.relationsRemoved, 'relation')}, ${plural(result.statisticsRemoved, 'statistic')}, ${plural(result.citationsRemoved, 'citation')} removed`,
        before: publicFields(uses.props, { removedRelations: relIds, removedStatistics: statIds }),
        after: null,
        entityIds: [id, ...uses.relations.map((r) => r.other)],
      });
      return result;
    });
  }

  async upsertRelation(entry: Entry, stamp: WriteStamp): Promise<RelationModel> {
    return this.write(stamp, async (tx, record) => {
      const ends = [text(entry.source), text(entry.target)].filter((x): x is string => x !== null);
      const ctx = await this.context(tx, ends, documentsOf(entry));
      const type = text(entry.type) ?? '?';
      const typeDef = isRelationType(type) ? this.vocabulary.relationTypes[type] : undefined;
      const label = relationId(ends[0] ?? '?', type, ends[1] ?? '?');
      const safe = withoutInheritedFields(entry, text(entry.id) ?? label, type, typeDef?.props);
      const result = validateRelation(safe.entry, ctx, { file: API_FILE });
      const r = result.value?.[0];
      if (!r || result.value?.length !== 1 || safe.problems.length > 0) {
        throw new Refused('input', [...safe.problems, ...result.problems]);
      }
      const node = await this.node(tx, r.id);
      if (node) throw new Refused('input', [duplicate(r.id, what(node.labels))]);

      const row = relationRow(r, 'api');
      const placeOf = (o: { type: string; source: string; target: string }) => ({
        id: r.id,
        type: o.type,
        source: o.source,
        target: o.target,
      });
      const propsAt = async (o: { type: string; source: string; target: string }) => {
        const [p] = await tx.run(cypher('mutations/relation-props'), placeOf(o));
        return (p?.props as Fields | undefined) ?? null;
      };
      // An edit may give an explicit id other ends or another type: the old relationship goes, as in the loader.
      const moved = (await this.relation(tx, r.id))
        .map((o) => ({ type: o.type, source: o.sourceId, target: o.targetId }))
        .filter((o) => o.type !== r.type || o.source !== r.source || o.target !== r.target);
      const props = await propsAt(r);
      const old = moved[0];
      const oldProps = !props && old ? await propsAt(old) : null;
      const unchanged = props?.origin === 'api' && props.hash === row.hash && moved.length === 0;
      const cites = await this.newCitations(tx, { id: r.id, type: 'relation' }, result.citations);
      if (!unchanged || cites.added.length > 0) {
        for (const o of moved) await tx.run(cypher('mutations/delete-relation'), placeOf(o));
        if (!unchanged) {
          const written = await tx.run(cypher('mutations/upsert-relation'), { row, ...this.who(stamp) });
          if (written.length !== 1) throw new Error(`relation ${r.id}: its ends vanished during the write`);
        }
        await this.writeCitations(tx, cites.added, stamp);
        const placed = (o: { type: string; source: string; target: string }) => ({
          type: o.type,
          source: o.source,
          target: o.target,
          citations: cites.had,
        });
        const before = props
          ? publicFields(props, placed(r))
          : old && oldProps
            ? publicFields(oldProps, placed(old))
            : null;
        const after = publicFields(row.props, { ...placed(r), citations: cites.all });
        await record({
          operation: 'UPSERT_RELATION',
          targetId: r.id,
          targetType: 'RELATION',
          summary: summaryOf('relation', r.id, before, after, cites.added.length),
          before,
          after,
          entityIds: [r.source, r.target, ...moved.flatMap((o) => [o.source, o.target])],
        });
      }
      const [found] = await this.relation(tx, r.id);
      if (!found) throw new Error(`relation ${r.id} was not written`);
      return found;
    });
  }

  async deleteRelation(id: string, stamp: WriteStamp): Promise<DeleteResult> {
    return this.write(stamp, async (tx, record) => {
      const stored = await this.relation(tx, id);
      const none = { id, deleted: false, relationsRemoved: 0, statisticsRemoved: 0, citationsRemoved: 0 };
      if (stored.length === 0) return none;
      let removed = 0;
      let before: Fields | null = null;
      for (const r of stored) {
        const params = { id, type: r.type, source: r.sourceId, target: r.targetId };
        const [p] = await tx.run(cypher('mutations/relation-props'), params);
        before ??= publicFields((p?.props as Fields | undefined) ?? {}, {
          type: r.type,
          source: r.sourceId,
          target: r.targetId,
        });
        const [d] = await tx.run(cypher('mutations/delete-relation'), params);
        removed += Number(d?.deleted ?? 0);
      }
      const [c] = await tx.run(cypher('mutations/delete-citations'), { ids: [id] });
      const result = {
        ...none,
        deleted: removed > 0,
        relationsRemoved: removed,
        citationsRemoved: Number(c?.deleted ?? 0),
      };
      await record({
        operation: 'DELETE_RELATION',
        targetId: id,
        targetType: 'RELATION',
        summary: `deleted relation ${id}: ${plural(result.citationsRemoved, 'citation')} removed`,
        before,
        after: null,
        entityIds: stored.flatMap((r) => [r.sourceId, r.targetId]),
      });
      return result;
    });
  }

  async upsertStatistic(entry: Entry, stamp: WriteStamp): Promise<StatisticModel> {
    return this.write(stamp, async (tx, record) => {
      const subject = text(entry.subject);
      const ctx = await this.context(
        tx,
        [...(subject ? [subject] : []), ...strings(entry.refs)],
        documentsOf(entry),
      );
      const result = validateStatistic(entry, ctx, { file: API_FILE });
      const s = result.value;
      if (!s) throw new Refused('input', result.problems);

      const problems: Problem[] = [];
      const existing = await this.node(tx, s.id);
      if (existing && !existing.labels.includes('Statistic'))
        problems.push(duplicate(s.id, what(existing.labels)));
      if (!existing && (await this.relation(tx, s.id)).length > 0)
        problems.push(duplicate(s.id, 'a relation'));
      // The same figure stated twice is one statistic with two citations (the loader's rule, against the graph).
      const key = (x: {
        subject: string;
        metric: string;
        value?: number | null;
        statedAs: string;
        period?: string | null;
        scope?: string | null;
      }) => [x.subject, x.metric, x.value ?? x.statedAs, x.period ?? '', x.scope ?? ''].join('|');
      const [siblings] = await tx.run(cypher('statistics/of-subjects'), { ids: [s.subject] });
      for (const other of ((siblings?.statistics as unknown[]) ?? []).map(toStatistic)) {
        if (other.id !== s.id && key({ ...other, subject: other.subjectId }) === key(s)) {
          problems.push(
            problem(s.id, `same figure as ${other.id}: merge them into one statistic with both citations`),
          );
        }
      }
      if (problems.length > 0) throw new Refused('input', problems);

      const row = statisticRow(s, 'api');
      const unchanged = existing?.props.origin === 'api' && existing.props.hash === row.hash;
      const cites = await this.newCitations(tx, { id: s.id, type: 'statistic' }, result.citations);
      if (!unchanged || cites.added.length > 0) {
        if (!unchanged) await tx.run(cypher('mutations/upsert-statistic'), { row, ...this.who(stamp) });
        await this.writeCitations(tx, cites.added, stamp);
        const before = existing ? publicFields(existing.props, { citations: cites.had }) : null;
        const after = publicFields(row.props, { citations: cites.all });
        const oldSubject = text(existing?.props.subjectId);
        await record({
          operation: 'UPSERT_STATISTIC',
          targetId: s.id,
          targetType: 'STATISTIC',
          summary: summaryOf('statistic', s.id, before, after, cites.added.length),
          before,
          after,
          entityIds: [s.subject, ...(oldSubject ? [oldSubject] : [])],
        });
      }
      const [found] = await tx.run(cypher('mutations/statistic'), { id: s.id });
      return toStatistic(found?.statistic);
    });
  }

  /** One more quote for a subject; a quote already cited for it is returned as it is, with nothing written. */
  async addCitation(entry: Entry, stamp: WriteStamp): Promise<CitationModel> {
    return this.write(stamp, async (tx, record) => {
      const label = text(entry.subject) ?? '?';
      const parsed = extraCitationSchema.safeParse(entry);
      if (!parsed.success) {
        throw new Refused(
          'input',
          formatIssues(parsed.error).map((reason) => problem(label, reason)),
        );
      }
      const { subject, ...input } = parsed.data;
      const found = await this.subject(tx, subject);
      if (!found) throw new Refused('input', [problem(label, `citation for unknown subject ${subject}`)]);
      const ctx = await this.context(tx, [], input.document ? [input.document] : []);
      const cites = await this.existingCitations(tx, subject);
      // Problems number the quote as the loader would: the subject's next citation.
      const r = resolveCitation(input, { id: subject, type: found.type }, cites.list.length + 1, ctx);
      if (!r.ok) throw new Refused('input', [problem(label, r.reason)]);
      r.citation.id = cites.nextId();
      const same = cites.list.find(
        (c) =>
          c.documentId === r.citation.documentId && c.start === r.citation.start && c.end === r.citation.end,
      );
      if (same) return same;
      await this.writeCitations(tx, [r.citation], stamp);
      const row = citationRow(r.citation, 'api');
      await record({
        operation: 'ADD_CITATION',
        targetId: r.citation.id,
        targetType: 'CITATION',
        summary: `added citation ${r.citation.id} to ${found.type} ${subject}`,
        before: null,
        after: publicFields(row.props),
        entityIds: found.entityIds,
      });
      return toCitation(row.props);
    });
  }

  // -------------------------------------------------------------------------------------------------------------

  /**
   * One transaction under the API write lock. Every write records its change through `record`; a mutation that
   * recorded none changed nothing and is rolled back, so a no-op leaves the database exactly as it was (the lock
   * node included). A refusal rolls back too and becomes BAD_USER_INPUT.
   */
  private async write<T>(
    stamp: WriteStamp,
    fn: (tx: WriteTx, record: (e: ChangeEntry) => Promise<void>) => Promise<T>,
  ): Promise<T> {
    try {
      return await this.db.writeTx(async (tx) => {
        let recorded = false;
        const record = async (e: ChangeEntry) => {
          recorded = true;
          await recordChange(tx, stamp, e);
        };
        await tx.run(cypher('mutations/lock'));
        const value = await fn(tx, record);
        if (!recorded) throw new NothingWritten(value);
        return value;
      });
    } catch (err) {
      if (err instanceof NothingWritten) return err.value as T;
      if (err instanceof Refused) throw invalidInput(err.argument, err.problems);
      throw err;
    }
  }

  private who(stamp: WriteStamp) {
    return { actor: stamp.actor, at: stamp.at };
  }

  /** What the validator's rules need from the graph: the kinds of the ids named, the texts of the documents cited. */
  private async context(tx: WriteTx, ids: string[], documentIds: string[]): Promise<ValidationContext> {
    const entityKinds = new Map<string, EntityKind>();
    for (const r of await tx.run(cypher('mutations/entity-kinds'), { ids: [...new Set(ids)] })) {
      const kind = String(r.kind);
      if (isEntityKind(kind)) entityKinds.set(String(r.id), kind);
    }
    const documents = new Map<string, DocumentText>();
    for (const d of await tx.run(cypher('mutations/documents'), { ids: [...new Set(documentIds)] })) {
      const starts = (d.breakStarts as number[]) ?? [];
      const ends = (d.breakEnds as number[]) ?? [];
      documents.set(String(d.id), {
        id: String(d.id),
        index: indexText(String(d.text ?? '')),
        breaks: starts.map((start, i) => ({ start, end: ends[i] ?? start })),
      });
    }
    return { vocabulary: this.vocabulary, documents, entityKinds };
  }

  private async node(tx: WriteTx, id: string): Promise<NodeState | null> {
    const [r] = await tx.run(cypher('mutations/node'), { id });
    return r ? { labels: r.labels as string[], props: r.props as Fields } : null;
  }

  private async relation(tx: WriteTx, id: string): Promise<RelationModel[]> {
    const rows = await tx.run(cypher('generated/relations-by-ids'), { ids: [id] });
    return rows.map((r) => toRelation(r.relation));
  }

  /** The subject of a citation: its type and the entities a change to its citations concerns. */
  private async subject(tx: WriteTx, id: string): Promise<{ type: SubjectType; entityIds: string[] } | null> {
    const node = await this.node(tx, id);
    if (node?.labels.includes('Entity')) return { type: 'entity', entityIds: [id] };
    if (node?.labels.includes('Statistic'))
      return { type: 'statistic', entityIds: strings([node.props.subjectId]) };
    if (node?.labels.includes('Document')) return { type: 'document', entityIds: [] };
    if (node) return null;
    const [r] = await this.relation(tx, id);
    return r ? { type: 'relation', entityIds: [r.sourceId, r.targetId] } : null;
  }

  /**
   * The subject's citations, and the id the next API citation takes. The seed numbers its citations
   * `<id>#c<n>`; the API numbers its own `<id>#a<n>`, after the highest in use, so a quote a seed file adds later
   * never lands on an id an API citation holds (the loader would skip it as an API edit).
   */
  private async existingCitations(tx: WriteTx, subjectId: string) {
    const [row] = await tx.run(cypher('provenance/citations-of'), { ids: [subjectId] });
    const list = ((row?.citations as unknown[]) ?? []).map(toCitation);
    const last = Math.max(0, ...list.map((c) => Number(/#a(\d+)$/.exec(c.id)?.[1] ?? 0)));
    return { list, nextId: (k = 0) => `${subjectId}#a${last + 1 + k}` };
  }

  /** The resolved quotes the subject is not yet cited with, with API citation ids. */
  private async newCitations(
    tx: WriteTx,
    subject: { id: string; type: SubjectType },
    resolved: ResolvedCitation[],
  ): Promise<{ added: ResolvedCitation[]; had: string[]; all: string[] }> {
    const { list, nextId } = await this.existingCitations(tx, subject.id);
    const at = (c: { documentId: string; start: number; end: number }) =>
      `${c.documentId}:${c.start}:${c.end}`;
    const cited = new Set(list.map(at));
    const added: ResolvedCitation[] = [];
    for (const c of resolved) {
      if (cited.has(at(c))) continue;
      cited.add(at(c));
      added.push({
        ...c,
        id: nextId(added.length),
        subjectId: subject.id,
        subjectType: subject.type,
      });
    }
    const had = list.map((c) => c.id).sort();
    return { added, had, all: [...had, ...added.map((c) => c.id)].sort() };
  }

  private async writeCitations(tx: WriteTx, citations: ResolvedCitation[], stamp: WriteStamp): Promise<void> {
    if (citations.length === 0) return;
    const rows = citations.map((c) => citationRow(c, 'api'));
    await tx.run(cypher('mutations/upsert-citations'), { rows, ...this.who(stamp) });
  }

  /** The loader's rule that two entities never answer to the same name, against the entities in the graph. */
  private async nameClashes(tx: WriteTx, e: ResolvedEntity): Promise<Problem[]> {
    const names = [e.name, e.fullName, e.nameEn, ...e.aliases].filter((n): n is string => !!n);
    const keys = new Set(names.map(nameKey));
    const candidates = [...new Set(names.map(compact).filter((k) => k !== ''))];
    const problems: Problem[] = [];
    const reported = new Set<string>();
    for (const o of await tx.run(cypher('mutations/name-owners'), { id: e.id, keys: candidates })) {
      const theirs = new Set(
        [o.name, o.fullName, o.nameEn, ...strings(o.aliases)]
          .filter((n): n is string => typeof n === 'string')
          .map(nameKey),
      );
      for (const key of keys) {
        if (theirs.has(key) && !reported.has(key)) {
          reported.add(key);
          problems.push(problem(e.id, `name or alias "${key}" is also a name of ${String(o.id)}`));
        }
      }
    }
    return problems;
  }

  private async uses(tx: WriteTx, id: string): Promise<Uses | null> {
    const [r] = await tx.run(cypher('mutations/entity-uses'), { id, refFields: this.refFields });
    if (!r) return null;
    return {
      props: r.props as Fields,
      relations: (r.relations as Row[]).map((x) => ({
        id: String(x.id),
        type: String(x.type),
        source: String(x.source),
        target: String(x.target),
        other: String(x.other),
        otherKind: String(x.otherKind),
      })),
      statistics: (r.statistics as Row[]).map((x) => ({ id: String(x.id), metric: String(x.metric) })),
      namedByEntities: (r.namedByEntities as Row[]).map((x) => ({
        id: String(x.id),
        kind: String(x.kind),
        fields: strings(x.fields),
      })),
      namedByStatistics: strings(r.namedByStatistics),
      namedByDocuments: (r.namedByDocuments as Row[]).map((x) => ({
        id: String(x.id),
        publisher: x.publisher === true,
        author: x.author === true,
      })),
    };
  }

  /**
   * A new kind must still fit everything around the entity, as the loader checks a whole graph: its relations'
   * allowed kinds, its statistics' metrics, and the fields and documents that name it.
   */
  private async rekindProblems(tx: WriteTx, id: string, kind: EntityKind): Promise<Problem[]> {
    const uses = await this.uses(tx, id);
    if (!uses) return [];
    const v = this.vocabulary;
    const problems: Problem[] = [];
    for (const r of uses.relations) {
      const def = v.relationTypes[r.type as keyof typeof v.relationTypes];
      if (!def) continue;
      const sk = r.source === id ? kind : r.otherKind;
      const tk = r.target === id ? kind : r.otherKind;
      if (
        !def.allowed.some((p) => (p.source as string[]).includes(sk) && (p.target as string[]).includes(tk))
      ) {
        const allowed = def.allowed.map((p) => `${p.source.join('|')} → ${p.target.join('|')}`).join('; ');
        problems.push(
          problem(
            r.id,
            `wrong kind for ${r.type}: ${r.source} is a ${sk} and ${r.target} a ${tk}; allowed: ${allowed}`,
          ),
        );
      }
    }
    for (const s of uses.statistics) {
      const metric = v.metrics[s.metric];
      if (metric && !metric.subjectKinds.includes(kind)) {
        problems.push(
          problem(
            s.id,
            `metric ${s.metric} is about a ${metric.subjectKinds.join(' or ')}, but ${id} is a ${kind}`,
          ),
        );
      }
    }
    for (const e of uses.namedByEntities) {
      const kindDef = isEntityKind(e.kind) ? v.entityKinds[e.kind] : undefined;
      for (const field of e.fields) {
        const refKinds = kindDef?.props[field]?.refKinds;
        if (refKinds && !refKinds.includes(kind)) {
          problems.push(problem(e.id, `${field}: ${id} is a ${kind}, expected ${refKinds.join(' or ')}`));
        }
      }
    }
    for (const d of uses.namedByDocuments) {
      for (const [field, type, named] of [
        ['publisher', 'PUBLISHED_BY', d.publisher],
        ['author', 'WRITTEN_BY', d.author],
      ] as const) {
        const wanted = v.documentRelationTypes[type].targetKinds;
        if (named && !wanted.includes(kind)) {
          problems.push(problem(d.id, `${field}: ${id} is a ${kind}, expected ${wanted.join(' or ')}`));
        }
      }
    }
    return problems;
  }
}
