import { cypher, type Statement } from '../db/cypher.js';
import { type Executor, int, type Row } from '../db/executor.js';
import { normalize } from '../search/normalize.js';
import { type EntityModel, type Page, toEntity } from './models.js';
import { afterPair, toPage } from './paging.js';

export interface EntityPageArgs {
  kinds: string[] | null;
  ids: string[] | null;
  categories: string[] | null;
  namePrefix: string | null;
  minDegree: number | null;
  first: number;
  after: string | null;
}

export class EntityService {
  constructor(private readonly db: Executor) {}

  /** Entities in the order of ids, null where unknown. */
  async byIds(ids: readonly string[]): Promise<(EntityModel | null)[]> {
    const rows = await this.db.read(cypher('entities/by-ids'), { ids });
    const found = new Map(rows.map((r) => toEntity(r.entity)).map((e) => [e.id, e]));
    return ids.map((id) => found.get(id) ?? null);
  }

  /** A keyset page; the total is counted only when the caller wants it (it may visit every match). */
  async page(a: EntityPageArgs, withTotal: boolean): Promise<Page<EntityModel>> {
    const [afterKey, afterId] = afterPair(a.after);
    // A kind named twice would page and count its entities twice.
    const kinds = a.kinds ? [...new Set(a.kinds)] : null;
    const filters = {
      kinds,
      ids: a.ids,
      categories: a.categories,
      prefix: a.namePrefix ? normalize(a.namePrefix) : null,
      minDegree: a.minDegree,
    };
    const stmt = kinds ? cypher('entities/page-by-kinds') : cypher('entities/page');
    const count = countOf(filters);
    const [rows, total] = await Promise.all([
      this.db.read(stmt, { ...filters, afterKey, afterId, limit: int(a.first + 1) }),
      withTotal ? this.db.read(count.statement, filters).then(count.total) : Promise.resolve(-1),
    ]);
    const entities = rows.map((r) => toEntity(r.entity));
    return toPage(entities, a.first, total, a.after, (e) => [String(e.props.sortName ?? ''), e.id]);
  }
}

export interface EntityFilters {
  kinds: string[] | null;
  ids: string[] | null;
  categories: string[] | null;
  prefix: string | null;
  minDegree: number | null;
}

/**
 * The cheapest statement that counts the entities matching the filters, and how to read its total. Kinds alone
 * are label counts from the count store (a seek per kind read all 34k Organizations of the 1M bench graph);
 * kinds with other filters seek each kind; other filters read every entity; none is the count store again.
 */
export function countOf(f: EntityFilters): { statement: Statement; total: (rows: Row[]) => number } {
  const filtered = f.ids || f.categories || f.prefix || f.minDegree !== null;
  const single = (rows: Row[]) => Number(rows[0]?.total ?? 0);
  if (f.kinds && !filtered) {
    const wanted = new Set(f.kinds);
    return {
      statement: cypher('generated/entity-kind-counts'),
      total: (rows) => rows.reduce((n, r) => n + (wanted.has(String(r.kind)) ? Number(r.count) : 0), 0),
    };
  }
  if (f.kinds) return { statement: cypher('entities/count-by-kinds'), total: single };
  return { statement: cypher(filtered ? 'entities/count' : 'entities/count-all'), total: single };
}
