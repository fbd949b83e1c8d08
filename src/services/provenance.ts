import { cypher } from '../db/cypher.js';
import { type Executor, int } from '../db/executor.js';
import { decodeCursor } from '../graphql/cursor.js';
import { type CitationModel, type DocumentModel, type Page, toCitation, toDocument } from './models.js';
import { toPage } from './paging.js';

export class ProvenanceService {
  constructor(private readonly db: Executor) {}

  async citationsOf(ids: readonly string[]): Promise<CitationModel[][]> {
    const rows = await this.db.read(cypher('provenance/citations-of'), { ids });
    const by = new Map(rows.map((r) => [String(r.id), (r.citations as unknown[]).map(toCitation)]));
    return ids.map((id) => by.get(id) ?? []);
  }

  async citationsPage(first: number, after: string | null): Promise<Page<CitationModel>> {
    const afterId = String(decodeCursor(after, 1)?.[0] ?? '');
    const [row] = await this.db.read(cypher('provenance/citations-page'), { afterId, limit: int(first + 1) });
    const items = ((row?.citations as unknown[]) ?? []).map(toCitation);
    return toPage(items, first, Number(row?.total ?? 0), after, (c) => [c.id]);
  }

  async documents(ids: readonly string[] | null, withText: boolean): Promise<DocumentModel[]> {
    const rows = await this.db.read(cypher('provenance/documents'), { ids, withText });
    return rows.map((r) => toDocument(r.document));
  }
}

/** The sentence around [start, end): from the previous sentence end (or blank line) to the next. */
export function sentenceAround(
  text: string,
  start: number,
  end: number,
): { sentence: string; offset: number } {
  const stops = /[。！？!?\n]/;
  let s = start;
  while (s > 0 && !stops.test(text[s - 1] ?? '')) s--;
  let e = end;
  while (e < text.length && !stops.test(text[e] ?? '')) e++;
  if (e < text.length && text[e] !== '\n') e++;
  return { sentence: text.slice(s, e), offset: s };
}
