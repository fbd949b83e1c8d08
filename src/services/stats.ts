import { cypher } from '../db/cypher.js';
import type { Executor } from '../db/executor.js';

export interface KindCountModel {
  kind: string;
  count: number;
}
export interface TypeCountModel {
  type: string;
  count: number;
}

export interface GraphStatsModel {
  entities: number;
  relations: number;
  statistics: number;
  citations: number;
  byKind: KindCountModel[];
  byRelationType: TypeCountModel[];
  datasetVersion: string;
}

export async function graphStats(db: Executor): Promise<GraphStatsModel> {
  const [row] = await db.read(cypher('generated/graph-stats'));
  return {
    entities: Number(row?.entities ?? 0),
    relations: Number(row?.relations ?? 0),
    statistics: Number(row?.statistics ?? 0),
    citations: Number(row?.citations ?? 0),
    byKind: (row?.byKind as GraphStatsModel['byKind']) ?? [],
    byRelationType: (row?.byRelationType as GraphStatsModel['byRelationType']) ?? [],
    datasetVersion: String(row?.datasetVersion ?? 'empty'),
  };
}
