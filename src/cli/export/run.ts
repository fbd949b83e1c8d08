import type { Client } from '../client.js';
import { ServiceError } from '../errors.js';
import {
  ExportCitationsDocument,
  ExportDocumentsDocument,
  ExportEntitiesDocument,
  ExportHeaderDocument,
  ExportRelationsDocument,
  ExportStatisticsDocument,
} from '../generated/graphql.js';
import { citationRecord, documentRecord, entityRecord, relationRecord, statisticRecord } from './records.js';
import { type ExportHeader, SECTION_ORDER, type Section, type Sink } from './sink.js';

export interface Page<T> {
  totalCount: number;
  hasNextPage: boolean;
  endCursor: string | null;
  items: T[];
}

interface Connection<N> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: N }[];
}

function page<N, T>(c: Connection<N>, map: (n: N) => T): Page<T> {
  return {
    totalCount: c.totalCount,
    hasNextPage: c.pageInfo.hasNextPage,
    endCursor: c.pageInfo.endCursor,
    items: c.edges.map((e) => map(e.node)),
  };
}

/**
 * Follows a connection to its end. The next page is requested before the current one is handed on, so the
 * service works while the disk writes; at most two pages are alive at any time.
 */
export async function* pages<T>(
  fetchPage: (after: string | null) => Promise<Page<T>>,
): AsyncGenerator<Page<T>> {
  let next = fetchPage(null);
  let cursor: string | null = null;
  for (;;) {
    const current: Page<T> = await next;
    const more = current.hasNextPage && current.endCursor !== null;
    if (more) {
      if (current.endCursor === cursor) {
        throw new ServiceError(
          `the service returned the same page cursor twice: the export stopped to avoid a loop`,
        );
      }
      cursor = current.endCursor;
      next = fetchPage(cursor);
      // Awaited on the next turn; until then a failure must not count as unhandled.
      next.catch(() => {});
    }
    yield current;
    if (!more) return;
  }
}

export interface ExportProgress {
  start(total: number, first: Section): void;
  advance(section: Section, by: number): void;
  stop(): void;
}

export interface ExportResult {
  files: string[];
  counts: Record<Section, number>;
  pages: number;
  ms: number;
}

/** Pages every section the format needs through the public API into the sink; on failure removes partial files. */
export async function runExport(
  client: Client,
  sink: Sink,
  o: { pageSize: number; progress?: ExportProgress },
): Promise<ExportResult> {
  const started = Date.now();
  const { graphStats } = await client.request(ExportHeaderDocument);
  const header: ExportHeader = {
    endpoint: client.endpoint,
    exportedAt: new Date().toISOString(),
    datasetVersion: graphStats.datasetVersion,
    counts: {
      entities: graphStats.entities,
      relations: graphStats.relations,
      statistics: graphStats.statistics,
      citations: graphStats.citations,
    },
  };
  const counts: Record<Section, number> = {
    documents: 0,
    citations: 0,
    entities: 0,
    relations: 0,
    statistics: 0,
  };
  const wanted = SECTION_ORDER.filter((s) => sink.sections.has(s));
  const total = wanted.reduce((n, s) => n + (s === 'documents' ? 0 : header.counts[s]), 0);
  let pageCount = 0;
  const first = o.pageSize;
  const drain = async <T>(
    section: Section,
    fetchPage: (after: string | null) => Promise<Page<T>>,
    write: (items: T[]) => Promise<void>,
  ) => {
    for await (const p of pages(fetchPage)) {
      pageCount++;
      await write(p.items);
      counts[section] += p.items.length;
      o.progress?.advance(section, p.items.length);
    }
  };

  if (wanted[0]) o.progress?.start(total, wanted[0]);
  try {
    await sink.begin(header);
    for (const section of wanted) {
      switch (section) {
        case 'documents': {
          const { documents } = await client.request(ExportDocumentsDocument);
          pageCount++;
          await sink.documents(documents.map(documentRecord));
          counts.documents = documents.length;
          break;
        }
        case 'citations':
          await drain(
            section,
            async (after) =>
              page(
                (await client.request(ExportCitationsDocument, { first, after })).citations,
                citationRecord,
              ),
            (items) => sink.citations(items),
          );
          break;
        case 'entities':
          await drain(
            section,
            async (after) =>
              page((await client.request(ExportEntitiesDocument, { first, after })).entities, entityRecord),
            (items) => sink.entities(items),
          );
          break;
        case 'relations':
          await drain(
            section,
            async (after) =>
              page(
                (await client.request(ExportRelationsDocument, { first, after })).relations,
                relationRecord,
              ),
            (items) => sink.relations(items),
          );
          break;
        case 'statistics':
          await drain(
            section,
            async (after) =>
              page(
                (await client.request(ExportStatisticsDocument, { first, after })).statistics,
                statisticRecord,
              ),
            (items) => sink.statistics(items),
          );
          break;
      }
    }
    const files = await sink.finish();
    return { files, counts, pages: pageCount, ms: Date.now() - started };
  } catch (err) {
    await sink.discard().catch(() => {});
    throw err;
  } finally {
    o.progress?.stop();
  }
}
