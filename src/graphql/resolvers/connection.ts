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
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: page.hasPreviousPage,
      startCursor: page.items[0]?.cursor ?? null,
      endCursor: page.items.at(-1)?.cursor ?? null,
    },
  };
}
