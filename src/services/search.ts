import { cypher } from '../db/cypher.js';
import { type Executor, int } from '../db/executor.js';
import { rank, toLucene } from '../search/query.js';
import { type EntityModel, toEntity } from './models.js';

export interface SearchHitModel {
  entity: EntityModel;
  score: number;
  matched: string | null;
}

/** Full-text candidates, re-ranked here: Lucene finds, the application decides what matched best. */
export class SearchService {
  constructor(
    private readonly db: Executor,
    private readonly candidates = 100,
  ) {}

  async search(text: string, kinds: string[] | null, first: number): Promise<SearchHitModel[]> {
    const lucene = toLucene(text);
    if (!lucene) return [];
    const rows = await this.db.read(cypher('search/fulltext'), {
      lucene,
      kinds,
      candidates: int(Math.max(this.candidates, first)),
    });
    const scores = rows.map((r) => Number(r.score));
    const max = Math.max(0, ...scores);
    return rows
      .map((r, i) => {
        const entity = toEntity(r.entity);
        return { entity, ...rank(entity, text, scores[i] ?? 0, max) };
      })
      .sort(
        (a, b) =>
          b.score - a.score ||
          a.entity.name.length - b.entity.name.length ||
          (a.entity.id < b.entity.id ? -1 : 1),
      )
      .slice(0, first)
      .map((h) => ({ ...h, score: Math.round(h.score * 1000) / 1000 }));
  }
}
