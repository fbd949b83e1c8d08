import { cypher } from '../db/cypher.js';
import { type Executor, int, type Row } from '../db/executor.js';
import { type EntityModel, type RelationModel, toEntity, toRelation } from './models.js';
import { type Projection, projectedEntity, projectedRelation } from './projection.js';
import { typeFilter } from './vocabulary.js';

/** The path counts the shortest-path statements are generated for: the API's default, its extremes. */
export const PATHS_SHORTEST = [1, 3, 10] as const;

/**
 * The statement that finds `first` paths of at most `maxHops` hops: the one asking Neo4j for the fewest paths that
 * still covers `first`, since finding more costs more (cypher/generated/paths-hops-*).
 */
export function pathsStatement(maxHops: number, first: number): string {
  const shortest = PATHS_SHORTEST.find((n) => n >= first) ?? PATHS_SHORTEST[PATHS_SHORTEST.length - 1];
  return `generated/paths-hops-${maxHops}-shortest-${shortest}`;
}

/**
 * How many of the centre's relations the first hop walks and ranks: twice what it can keep, so the kept are the
 * best connected of a sample that size and a hub's cost does not grow with its degree.
 */
export const centreWalk = (limit: number): number => 2 * limit;

/** How many relations of any one farther entity a hop walks, so one hub cannot fill a whole hop. */
export const perNode = (limit: number): number => Math.max(25, Math.ceil(limit / 2));

export interface SubgraphModel {
  nodes: EntityModel[];
  relations: RelationModel[];
  truncated: boolean;
}

export interface PathModel {
  nodes: EntityModel[];
  relations: RelationModel[];
}

export class ExploreService {
  constructor(
    private readonly db: Executor,
    private readonly allTypes: readonly string[],
  ) {}

  /** Without a projection every entity and relation comes back whole. */
  async neighborhood(
    id: string,
    depth: number,
    types: string[] | null,
    limit: number,
    fields: Projection | null = null,
  ): Promise<SubgraphModel | null> {
    const [row] = await this.db.read(cypher('explore/neighborhood'), {
      id,
      depth: int(depth),
      ...typeFilter(this.allTypes, types),
      cap: int(limit - 1),
      perNode: int(perNode(limit)),
      centreWalk: int(centreWalk(limit)),
      entityKeys: fields?.entity ?? null,
      relationKeys: fields?.relation ?? null,
    });
    if (!row) return null;
    return { ...graphOf(row, fields), truncated: row.truncated === true };
  }

  async paths(
    from: string,
    to: string,
    maxHops: number,
    first: number,
    fields: Projection | null = null,
  ): Promise<PathModel[]> {
    if (from === to) return [];
    const rows = await this.db.read(cypher(pathsStatement(maxHops, first)), {
      from,
      to,
      first: int(first),
      entityKeys: fields?.entity ?? null,
      relationKeys: fields?.relation ?? null,
    });
    return rows.map((r) => graphOf(r, fields));
  }
}

/**
 * The entities and relations of a neighbourhood or path row: whole maps without a projection, value lists with
 * one, whose relations then take their ends from those entities.
 */
function graphOf(row: Row, fields: Projection | null): { nodes: EntityModel[]; relations: RelationModel[] } {
  const nodes = row.nodes as unknown[];
  const relations = row.relations as unknown[];
  if (!fields) return { nodes: nodes.map(toEntity), relations: relations.map(toRelation) };
  const projected = nodes.map((v) => projectedEntity(fields.entity, v as unknown[]));
  const ends = new Map(projected.map((e) => [e.id, e]));
  return {
    nodes: projected,
    relations: relations.map((v) => projectedRelation(fields.relation, v as unknown[], ends)),
  };
}
