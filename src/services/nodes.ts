import { cypher } from '../db/cypher.js';
import type { Executor } from '../db/executor.js';
import {
  type DocumentModel,
  type EntityModel,
  type RelationModel,
  type StatisticModel,
  toDocument,
  toEntity,
  toStatistic,
} from './models.js';
import type { RelationService } from './relations.js';

export type NodeModel = EntityModel | RelationModel | StatisticModel | DocumentModel;

/** Relay `node(id:)`: nodes through the shared :Node constraint, then relations through their id indexes. */
export class NodeService {
  constructor(
    private readonly db: Executor,
    private readonly relations: RelationService,
  ) {}

  async byIds(ids: readonly string[]): Promise<(NodeModel | null)[]> {
    const rows = await this.db.read(cypher('nodes/by-ids'), { ids });
    const found = new Map<string, NodeModel>();
    for (const r of rows) {
      const labels = r.labels as string[];
      const node = labels.includes('Entity')
        ? toEntity(r.node)
        : labels.includes('Statistic')
          ? toStatistic(r.node)
          : labels.includes('Document')
            ? toDocument(r.node)
            : null;
      if (node) found.set(String(r.id), node);
    }
    const rest = ids.filter((id) => !found.has(id));
    if (rest.length > 0) for (const r of await this.relations.byIds(rest)) found.set(r.id, r);
    return ids.map((id) => found.get(id) ?? null);
  }
}
