import type { ServerResponse } from 'node:http';
import { type Stub, sendJson, stubServer } from './support.js';

/**
 * A stand-in for the service that makes up a graph of any size on the fly, page by page, answering the
 * operations `kg export` sends. It keeps nothing, so the test measures the CLI's memory, not its own.
 */
export interface SyntheticGraph {
  entities: number;
  relations: number;
  statistics: number;
  citations: number;
  /** Answer SERVICE_UNAVAILABLE to the relations page with this index (0-based), to test failures midway. */
  failRelationsPage?: number;
}

const KINDS = ['Organization', 'Park', 'Robot', 'AIModel', 'Event', 'Topic'] as const;
const TYPES = ['DEVELOPED_BY', 'FOCUSES_ON', 'HOSTS', 'ORGANIZED_BY', 'PART_OF'] as const;

function connection(total: number, after: unknown, first: unknown, node: (i: number) => unknown) {
  const start = typeof after === 'string' ? Number(after) : 0;
  const size = typeof first === 'number' ? first : 100;
  const end = Math.min(total, start + size);
  const edges = [];
  for (let i = start; i < end; i++) edges.push({ cursor: String(i + 1), node: node(i) });
  return {
    totalCount: total,
    pageInfo: { hasNextPage: end < total, endCursor: end > start ? String(end) : null },
    edges,
  };
}

const entityId = (i: number) => `e${i}`;

export function syntheticService(g: SyntheticGraph): Promise<Stub> {
  let relationPages = 0;
  return stubServer((body, res: ServerResponse) => {
    const op = /query\s+(\w+)/.exec(body.query)?.[1];
    const v = body.variables ?? {};
    switch (op) {
      case 'ExportHeader':
        return sendJson(res, 200, {
          data: {
            graphStats: {
              entities: g.entities,
              relations: g.relations,
              statistics: g.statistics,
              citations: g.citations,
              datasetVersion: 'synthetic',
            },
          },
        });
      case 'ExportDocuments':
        return sendJson(res, 200, {
          data: {
            documents: [
              {
                id: 'doc',
                title: '合成文档',
                language: 'zh',
                dateNote: null,
                publishedBefore: null,
                notes: [],
                text: '文本',
                publisher: null,
                author: null,
              },
            ],
          },
        });
      case 'ExportCitations':
        return sendJson(res, 200, {
          data: {
            citations: connection(g.citations, v.after, v.first, (i) => ({
              id: `c${i}`,
              quote: `引文 ${i}, "quoted"`,
              start: i,
              end: i + 5,
              sentence: `句子 ${i}`,
              document: { id: 'doc' },
            })),
          },
        });
      case 'ExportEntities':
        return sendJson(res, 200, {
          data: {
            entities: connection(g.entities, v.after, v.first, (i) => {
              const kind = KINDS[i % KINDS.length] ?? 'Topic';
              return {
                __typename: kind,
                id: entityId(i),
                kind,
                name: `实体${i}`,
                fullName: null,
                nameEn: `Entity ${i}`,
                aliases: [`别名${i}`],
                description: `A synthetic entity, number ${i}.\nSecond line.`,
                origin: 'seed',
                isGroup: false,
                citations: [{ id: `c${i % Math.max(1, g.citations)}` }],
              };
            }),
          },
        });
      case 'ExportRelations': {
        const page = relationPages++;
        if (page === g.failRelationsPage) {
          return sendJson(res, 503, {
            errors: [
              {
                message: 'The graph database is unavailable; retry shortly.',
                extensions: { code: 'SERVICE_UNAVAILABLE' },
              },
            ],
          });
        }
        return sendJson(res, 200, {
          data: {
            relations: connection(g.relations, v.after, v.first, (i) => ({
              id: `r${i}`,
              type: TYPES[Math.floor((i * TYPES.length) / g.relations)] ?? 'PART_OF',
              when: i % 3 === 0 ? '2025-07' : null,
              modality: 'REPORTED',
              note: null,
              origin: 'seed',
              source: { id: entityId(i % g.entities) },
              target: { id: entityId((i * 7 + 1) % g.entities) },
              citations: [{ id: `c${i % Math.max(1, g.citations)}` }],
            })),
          },
        });
      }
      case 'ExportStatistics':
        return sendJson(res, 200, {
          data: {
            statistics: connection(g.statistics, v.after, v.first, (i) => ({
              id: `s${i}`,
              metric: 'CLUSTERED_COMPANIES',
              value: 500 + i,
              unit: 'companies',
              statedAs: `${500 + i}余家`,
              qualifier: 'MORE_THAN',
              scope: null,
              comparison: null,
              aggregation: null,
              period: '2025-Q1',
              isForecast: false,
              note: null,
              origin: 'seed',
              subject: { id: entityId(i % g.entities) },
              citations: [{ id: `c${i % Math.max(1, g.citations)}` }],
            })),
          },
        });
      default:
        return sendJson(res, 400, { errors: [{ message: `synthetic service: unknown operation ${op}` }] });
    }
  });
}
