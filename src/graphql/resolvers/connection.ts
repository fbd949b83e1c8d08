import type { GraphQLResolveInfo } from 'graphql';

/** A service page as a Relay connection; edges keep whatever fields the page's items carry. */
export function connection<E extends { cursor: string }>(page: {
  items: E[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  totalCount: number;
}) {
  return {
    edges: page.items,
    totalCount: page.totalCount,
    // Cursors are encoded when read (services/paging.ts).
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: page.hasPreviousPage,
      get startCursor() {
        return page.items[0]?.cursor ?? null;
      },
      get endCursor() {
        return page.items.at(-1)?.cursor ?? null;
      },
    },
  };
}

/** Whether the request selects a field directly under this one (e.g. an optional, costly totalCount). */
export function selects(info: GraphQLResolveInfo, field: string): boolean {
  return info.fieldNodes.some((node) =>
    node.selectionSet?.selections.some(
      (s) => (s.kind === 'Field' && s.name.value === field) || s.kind !== 'Field',
    ),
  );
}
