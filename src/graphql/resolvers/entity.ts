import type { GraphQLResolveInfo } from 'graphql';
import type { Services } from '../../services/index.js';
import type { EntityModel, Page, PropValue, RelationModel } from '../../services/models.js';
import type { Projection } from '../../services/projection.js';
import type { EntityRelationEdge, EntityRelationsArgs as PageArgs } from '../../services/relations.js';
import type { Context } from '../context.js';
import type { OrganizationRelationsArgs as EntityRelationsArgs, Resolvers } from '../generated/resolvers.js';
import { pageSize } from '../limits.js';
import { projectionOf, requestedProjection, selectedChildren } from '../selection.js';
import { connection } from './connection.js';

const str = (v: PropValue | undefined): string | null => (typeof v === 'string' ? v : null);
const bool = (v: PropValue | undefined): boolean | null => (typeof v === 'boolean' ? v : null);
const strs = (v: PropValue | undefined): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
const num = (v: PropValue | undefined): number | null => (typeof v === 'number' ? v : null);

const PAGE_ENDS = [
  ['edges', 'other'],
  ['edges', 'node', 'source'],
  ['edges', 'node', 'target'],
];
const PAGE_RELATION = ['edges', 'node'];
const PAGE_PATHS = { entity: PAGE_ENDS, relation: PAGE_RELATION };

/** The loader arguments of a `relations` field; built in one place, because they make the loader's key. */
function pageArgs(args: EntityRelationsArgs, services: Services, fields: Projection | null): PageArgs {
  return {
    types: (args.types as string[] | null | undefined) ?? services.vocabulary.relationTypeNames,
    direction: args.direction ?? 'BOTH',
    first: pageSize(args.first, 20),
    after: args.after ?? null,
    fields,
  };
}

/**
 * Starts the relation pages an `entity(id)` request selects on the interface alongside the entity itself, so
 * the two reads overlap instead of the page waiting for the entity (one round trip instead of two in sequence).
 * The page's resolver later asks the same loader key and gets this load. Pages selected only under a type
 * condition are left to their resolver: which of them applies is not known before the entity is.
 */
export function prefetchRelations(
  id: string,
  { loaders, services }: Context,
  info: GraphQLResolveInfo,
): void {
  const selected = selectedChildren(info, 'relations');
  const onInterface = selected?.get('Entity');
  if (!onInterface || selected?.size !== 1) return;
  for (const child of onInterface) {
    let args: PageArgs;
    try {
      args = pageArgs(child.args as EntityRelationsArgs, services, projectionOf(child, PAGE_PATHS));
    } catch {
      continue; // bad arguments: the field's own resolver reports them where they belong
    }
    // The field's resolver awaits the same promise and reports a failure; this copy must not go unhandled.
    loaders
      .relations(args)
      .load(id)
      .catch(() => undefined);
  }
}

/** An edge of an entity's relation page; its cursor is encoded only if the request reads it. */
class RelationEdge {
  readonly node: RelationModel;
  readonly other: EntityModel;
  readonly direction: 'OUTGOING' | 'INCOMING';

  constructor(private readonly item: Page<EntityRelationEdge>['items'][number]) {
    this.node = item.node.relation;
    this.other = item.node.other;
    this.direction = item.node.direction;
  }

  get cursor(): string {
    return this.item.cursor;
  }
}

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
      .relations(pageArgs(args, services, requestedProjection(info, PAGE_ENDS, PAGE_RELATION)))
      .load(e.id);
    // Whole far ends are primed, so `node { source target }` costs no second round trip; projected ones are
    // not (each relation carries its far end).
    loaders.remember([e, ...page.items.map((i) => i.node.other)]);
    return connection({ ...page, items: page.items.map((i) => new RelationEdge(i)) });
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
