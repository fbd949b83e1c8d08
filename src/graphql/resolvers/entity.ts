import type { GraphQLResolveInfo } from 'graphql';
import type { EntityModel, PropValue } from '../../services/models.js';
import type { Context } from '../context.js';
import type { OrganizationRelationsArgs as EntityRelationsArgs, Resolvers } from '../generated/resolvers.js';
import { pageSize } from '../limits.js';
import { requestedProjection } from '../selection.js';
import { connection } from './connection.js';

const str = (v: PropValue | undefined): string | null => (typeof v === 'string' ? v : null);
const bool = (v: PropValue | undefined): boolean | null => (typeof v === 'boolean' ? v : null);
const strs = (v: PropValue | undefined): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
const num = (v: PropValue | undefined): number | null => (typeof v === 'number' ? v : null);

/** Resolvers every entity type shares; kind-specific fields read the stored properties. */
const base = {
  isGroup: (e: EntityModel) => e.props.isGroup === true,
  nameEnTranslated: (e: EntityModel) => e.props.nameEnTranslated === true,
  citations: (e: EntityModel, _a: unknown, { loaders }: Context) => loaders.citations.load(e.id),
  statistics: (e: EntityModel, _a: unknown, { loaders }: Context) => loaders.statistics.load(e.id),
  relations: async (
    e: EntityModel,
    args: EntityRelationsArgs,
    { loaders, services }: Context,
    info: GraphQLResolveInfo,
  ) => {
    const page = await loaders
      .relations({
        types: (args.types as string[] | null | undefined) ?? [...services.vocabulary.relationTypeNames],
        direction: args.direction ?? 'BOTH',
        first: pageSize(args.first, 20),
        after: args.after ?? null,
        fields: requestedProjection(
          info,
          [
            ['edges', 'other'],
            ['edges', 'node', 'source'],
            ['edges', 'node', 'target'],
          ],
          ['edges', 'node'],
        ),
      })
      .load(e.id);
    // Whole far ends are primed, so `node { source target }` costs no second round trip; projected ones are
    // not (each relation carries its far end).
    loaders.remember([e, ...page.items.map((i) => i.node.other)]);
    return connection({
      ...page,
      items: page.items.map((i) => ({
        cursor: i.cursor,
        node: i.node.relation,
        other: i.node.other,
        direction: i.node.direction,
      })),
    });
  },
};

/** The place an entity lies in, from its located-in relation. */
async function locatedIn(e: EntityModel, { loaders }: Context): Promise<EntityModel | null> {
  const page = await loaders
    .relations({ types: ['LOCATED_IN'], direction: 'OUTGOING', first: 20, after: null })
    .load(e.id);
  return page.items.map((i) => i.node.other).find((o) => o.kind === 'Place') ?? null;
}

export const entityResolvers: Resolvers = {
  Entity: {
    __resolveType: (e) => e.kind as never,
  },
  Organization: {
    ...base,
    category: (e) => (e.category ?? 'COMPANY') as never,
    foreignEnterprise: (e) => bool(e.props.foreignEnterprise),
    firstOfKind: (e) => str(e.props.firstOfKind),
    status: (e) => str(e.props.status),
  },
  Person: { ...base, title: (e) => str(e.props.title) },
  AIModel: {
    ...base,
    domain: (e) => str(e.props.domain),
    modelType: (e) => str(e.props.modelType),
    firstOfKind: (e) => str(e.props.firstOfKind),
  },
  Robot: { ...base, robotType: (e) => str(e.props.robotType), openSource: (e) => bool(e.props.openSource) },
  Park: {
    ...base,
    focus: (e) => strs(e.props.focus),
    district: (e, _a, ctx) => locatedIn(e, ctx),
  },
  Venue: {
    ...base,
    location: (e, _a, ctx) => locatedIn(e, ctx),
  },
  Place: { ...base, subtype: (e) => e.subtype ?? '' },
  Event: {
    ...base,
    subtype: (e) => e.subtype ?? '',
    startDate: (e) => str(e.props.startDate),
    endDate: (e) => str(e.props.endDate),
    year: (e) => num(e.props.year) ?? (str(e.props.year) ? Number(e.props.year) : null),
    dateNote: (e) => str(e.props.dateNote),
    theme: (e) => str(e.props.theme),
    themeEn: (e) => str(e.props.themeEn),
    edition: (e) => num(e.props.edition),
    venues: async (e, _a, { loaders }) => {
      const found = await loaders.entity.loadMany(strs(e.props.venues));
      return found.filter((v): v is EntityModel => v !== null && !(v instanceof Error));
    },
    programmeStructure: (e) => str(e.props.programmeStructure),
    newThisEdition: (e) => bool(e.props.newThisEdition),
  },
  Award: { ...base },
  Policy: {
    ...base,
    subtype: (e) => e.subtype ?? '',
    status: (e) => str(e.props.status),
    firstOfKind: (e) => str(e.props.firstOfKind),
  },
  Initiative: {
    ...base,
    subtype: (e) => e.subtype ?? '',
    targets: (e) => strs(e.props.targets),
    components: (e) => strs(e.props.components),
  },
  Topic: { ...base },
};
