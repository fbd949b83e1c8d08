import type { GraphQLResolveInfo } from 'graphql';
import { type Projection, projection } from '../../services/projection.js';
import { graphStats } from '../../services/stats.js';
import type { Resolvers } from '../generated/resolvers.js';
import { idList, intInRange, LIMITS, pageSize, text } from '../limits.js';
import { requestedProjection } from '../selection.js';
import { connection, selects } from './connection.js';
import { prefetchRelations } from './entity.js';

/** Where a subgraph or a path selects entity fields. */
const ENDS_AND_NODES = [['nodes'], ['relations', 'source'], ['relations', 'target']];

/** A path's explanation reads its entities' names, whether or not the request selects them. */
function pathProjection(info: GraphQLResolveInfo): Projection | null {
  const fields = requestedProjection(info, ENDS_AND_NODES, ['relations']);
  return fields && selects(info, 'explanation')
    ? projection([...fields.entity, 'name', 'nameEn'], fields.relation)
    : fields;
}

export const queryResolvers: Resolvers = {
  Query: {
    node: async (_p, { id }, { services }) => (await services.nodes.byIds([id]))[0] ?? null,
    nodes: (_p, { ids }, { services }) => services.nodes.byIds(idList('ids', ids) ?? []),
    entity: (_p, { id }, ctx, info) => {
      prefetchRelations(id, ctx, info);
      return ctx.loaders.entity.load(id);
    },
    entities: async (_p, a, { services }, info) =>
      connection(
        await services.entities.page(
          {
            kinds: (a.kinds as string[] | null | undefined) ?? null,
            ids: idList('where.ids', a.where?.ids),
            categories: (a.where?.categories as string[] | null | undefined) ?? null,
            namePrefix: a.where?.namePrefix
              ? text('where.namePrefix', a.where.namePrefix, LIMITS.searchLength)
              : null,
            minDegree: a.where?.minDegree ?? null,
            first: pageSize(a.first, 20),
            after: a.after ?? null,
          },
          selects(info, 'totalCount'),
        ),
      ),
    search: (_p, a, { services }) =>
      services.search.search(
        text('query', a.query, LIMITS.searchLength),
        (a.kinds as string[] | null | undefined) ?? null,
        intInRange('first', a.first, 1, LIMITS.first, 10),
      ),
    relations: async (_p, a, { services }) =>
      connection(
        await services.relations.page(
          (a.types as string[] | null | undefined) ?? null,
          pageSize(a.first, 100),
          a.after ?? null,
        ),
      ),
    relationsBetween: (_p, { a, b }, { services }) => services.relations.between(a, b),
    neighborhood: async (_p, a, { services, loaders }, info) => {
      const sub = await services.explore.neighborhood(
        a.id,
        intInRange('depth', a.depth, 1, LIMITS.depth, 1),
        (a.types as string[] | null | undefined) ?? null,
        intInRange('limit', a.limit, 1, LIMITS.neighborhoodLimit, 200),
        requestedProjection(info, ENDS_AND_NODES, ['relations']),
      );
      if (!sub) return { nodes: [], relations: [], truncated: false };
      // Whole entities are primed, so relation ends cost no second round trip; projected ones are not (each
      // relation carries its ends).
      loaders.remember(sub.nodes);
      return sub;
    },
    paths: async (_p, a, { services, loaders }, info) => {
      const paths = await services.explore.paths(
        a.from,
        a.to,
        intInRange('maxHops', a.maxHops, 1, LIMITS.maxHops, 4),
        intInRange('first', a.first, 1, LIMITS.pathsFirst, 3),
        pathProjection(info),
      );
      loaders.remember(paths.flatMap((p) => p.nodes));
      return paths;
    },
    statistics: async (_p, a, { services }) =>
      connection(
        await services.statistics.page(
          a.subject ?? null,
          a.metric ?? null,
          pageSize(a.first, 20),
          a.after ?? null,
        ),
      ),
    metrics: (_p, _a, { services }) => services.vocabulary.metrics,
    relationTypes: async (_p, _a, { services }) => {
      const stats = await graphStats(services.db);
      const counts = new Map(stats.byRelationType.map((t) => [t.type, t.count]));
      return services.vocabulary.relationTypes.map((t) => ({ ...t, count: counts.get(t.type) ?? 0 }));
    },
    documents: (_p, _a, { services }) => services.provenance.documents(null, true),
    citations: async (_p, a, { services }) =>
      connection(await services.provenance.citationsPage(pageSize(a.first, 100), a.after ?? null)),
    graphStats: (_p, _a, { services }) => graphStats(services.db),
  },
};
