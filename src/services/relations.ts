import { cypher } from '../db/cypher.js';
import { type Executor, int } from '../db/executor.js';
import { HubHints } from './hubs.js';
import { type EntityModel, type Page, type RelationModel, toEntity, toRelation } from './models.js';
import { afterPair, toPage } from './paging.js';
import { type Projection, projectedEntity, projectedRelation } from './projection.js';
import { typeFilter } from './vocabulary.js';

export type Direction = 'OUTGOING' | 'INCOMING' | 'BOTH';

export interface EntityRelationsArgs {
  types: readonly string[];
  direction: Direction;
  first: number;
  after: string | null;
  /** Only these fields of each relation and far end (see projection.ts); whole ones without. */
  fields?: Projection | null;
}

export interface EntityRelationEdge {
  relation: RelationModel;
  other: EntityModel;
  direction: 'OUTGOING' | 'INCOMING';
}

export class RelationService {
  constructor(
    private readonly db: Executor,
    private readonly typeNames: readonly string[],
    private readonly hubs = new HubHints(),
  ) {}

  /** One statement for the same page of relations of many entities (a DataLoader batch). */
  async ofEntities(ids: readonly string[], a: EntityRelationsArgs): Promise<Page<EntityRelationEdge>[]> {
    const [afterType, afterId] = afterPair(a.after);
    const filter = typeFilter(this.typeNames, a.types);
    // The counters are per type in both directions; a page in one direction takes the walk.
    const hub = a.direction === 'BOTH' && ids.some((id) => this.hubs.has(id));
    const rows = await this.db.read(
      cypher(hub ? 'generated/relations-of-hubs' : 'generated/relations-of-entities'),
      {
        ids,
        ...filter,
        direction: a.direction,
        afterType,
        afterId,
        limit: int(a.first + 1),
        entityKeys: a.fields?.entity ?? null,
        relationKeys: a.fields?.relation ?? null,
      },
    );
    const byId = new Map(rows.map((r) => [String(r.id), r]));
    for (const [id, r] of byId)
      this.hubs.observe(id, Number(r.total), filter.allTypes && a.direction === 'BOTH');
    const fields = a.fields ?? null;
    const edge = (id: string, e: unknown): EntityRelationEdge => {
      let relation: RelationModel;
      let other: EntityModel;
      if (fields) {
        const [r, m] = e as [unknown[], unknown[]];
        other = projectedEntity(fields.entity, m);
        // The far end answers the relation's source or target; the near end is the parent, whole or loaded.
        relation = projectedRelation(fields.relation, r, new Map([[other.id, other]]));
      } else {
        const w = e as { relation: unknown; other: unknown };
        relation = toRelation(w.relation);
        other = toEntity(w.other);
      }
      return { relation, other, direction: relation.sourceId === id ? 'OUTGOING' : 'INCOMING' };
    };
    return ids.map((id) => {
      const row = byId.get(id);
      const edges = ((row?.edges as unknown[]) ?? []).map((e) => edge(id, e));
      return toPage(edges, a.first, Number(row?.total ?? 0), a.after, (e) => [
        e.relation.type,
        e.relation.id,
      ]);
    });
  }

  async between(a: string, b: string): Promise<RelationModel[]> {
    const rows = await this.db.read(cypher('relations/between'), { a, b });
    return rows.map((r) => toRelation(r.relation));
  }

  /** Root `relations`: a keyset page in (type, id) order over the requested types. */
  async page(types: string[] | null, first: number, after: string | null): Promise<Page<RelationModel>> {
    const [afterType, afterId] = afterPair(after);
    const wanted = new Set(types ?? this.typeNames);
    // Each type gets the id its rows must exceed: '' from the start, the cursor's id for the cursor's type;
    // types before the cursor's type (or not wanted) get no entry and so no rows.
    const bounds: Record<string, string | null> = {};
    for (const t of this.typeNames) {
      bounds[t] = !wanted.has(t) || t < afterType ? null : t === afterType ? afterId : '';
    }
    const [rows, counts] = await Promise.all([
      this.db.read(cypher('generated/relations-page'), { after: bounds, limit: int(first + 1) }),
      this.db.read(cypher('generated/relation-counts')),
    ]);
    const total = counts.filter((c) => wanted.has(String(c.type))).reduce((n, c) => n + Number(c.count), 0);
    return toPage(
      rows.map((r) => toRelation(r.relation)),
      first,
      total,
      after,
      (r) => [r.type, r.id],
    );
  }

  async byIds(ids: readonly string[]): Promise<RelationModel[]> {
    const rows = await this.db.read(cypher('generated/relations-by-ids'), { ids });
    return rows.map((r) => toRelation(r.relation));
  }
}
