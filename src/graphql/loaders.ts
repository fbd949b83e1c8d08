import DataLoader from 'dataloader';
import type { Services } from '../services/index.js';
import type { CitationModel, DocumentModel, EntityModel, Page, StatisticModel } from '../services/models.js';
import type { EntityRelationEdge, EntityRelationsArgs } from '../services/relations.js';

// Type and field lists are mostly shared arrays (the vocabulary's, a cached projection's): each is joined once.
const joined = new WeakMap<readonly string[], string>();
function join(list: readonly string[]): string {
  let s = joined.get(list);
  if (s === undefined) {
    s = list.join(',');
    joined.set(list, s);
  }
  return s;
}

/**
 * The key of a page's arguments, cheaper than their JSON (2% of the service's CPU on the entity page). Names are
 * GraphQL names, free of `,` `;` `|`; only the cursor is the caller's text, and it comes last but one.
 */
function pageKey(a: EntityRelationsArgs): string {
  const fields = a.fields ? `${join(a.fields.entity)};${join(a.fields.relation)}` : '*';
  const after = a.after === null ? '' : `@${a.after}`;
  return `${join(a.types)}|${a.direction}|${a.first}|${after}|${fields}`;
}

/**
 * Per-request batching: every field below a list asks its loader, and a level of the response costs one
 * round trip however many parents it has (no N+1).
 */
export function createLoaders(s: Services) {
  const relationPages = new Map<string, DataLoader<string, Page<EntityRelationEdge>>>();
  const entity = new DataLoader<string, EntityModel | null>((ids) => s.entities.byIds(ids));
  const seen = new Map<string, EntityModel>();
  return {
    entity,
    /**
     * Entities a statement of this request already returned (a neighbourhood's nodes, a page's far ends): later
     * loads are served from them, and `known` answers without a promise, which graphql-js completes much faster
     * than one promise per field on lists of hundreds of relations. Partial entities (a projection's) are skipped.
     */
    remember(entities: Iterable<EntityModel>): void {
      for (const e of entities) {
        if (e.partial) continue;
        seen.set(e.id, e);
        entity.prime(e.id, e);
      }
    },
    known: (id: string): EntityModel | undefined => seen.get(id),
    citations: new DataLoader<string, CitationModel[]>((ids) => s.provenance.citationsOf(ids)),
    statistics: new DataLoader<string, StatisticModel[]>((ids) => s.statistics.ofSubjects(ids)),
    document: new DataLoader<string, DocumentModel | null>(async (ids) => {
      const docs = await s.provenance.documents(ids, true);
      const by = new Map(docs.map((d) => [d.id, d]));
      return ids.map((id) => by.get(id) ?? null);
    }),
    /** One loader per distinct argument set, so entities asking the same page batch together. */
    relations(args: EntityRelationsArgs): DataLoader<string, Page<EntityRelationEdge>> {
      const key = pageKey(args);
      let loader = relationPages.get(key);
      if (!loader) {
        loader = new DataLoader((ids) => s.relations.ofEntities(ids, args));
        relationPages.set(key, loader);
      }
      return loader;
    },
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
