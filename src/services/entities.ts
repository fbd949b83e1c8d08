import { cypher } from '../db/cypher.js';
import { type Executor, int } from '../db/executor.js';
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
    const filters = {
      kinds: a.kinds,
      ids: a.ids,
      categories: a.categories,
      prefix: a.namePrefix ? normalize(a.namePrefix) : null,
      minDegree: a.minDegree,
    };
    const stmt = a.kinds ? cypher('entities/page-by-kinds') : cypher('entities/page');
    const filtered = a.ids || a.categories || filters.prefix || a.minDegree !== null;
    // Each count statement is the cheapest plan for its case; one statement guarding every filter reads all.
    const countStmt = a.kinds
      ? cypher('entities/count-by-kinds')
      : filtered
        ? cypher('entities/count')
        : cypher('entities/count-all');
    const [rows, count] = await Promise.all([
      this.db.read(stmt, { ...filters, afterKey, afterId, limit: int(a.first + 1) }),
      withTotal ? this.db.read(countStmt, filters) : Promise.resolve([]),
    ]);
    const entities = rows.map((r) => toEntity(r.entity));
    return toPage(entities, a.first, Number(count[0]?.total ?? -1), a.after, (e) => [
      String(e.props.sortName ?? ''),
      e.id,
    ]);
  }
}
