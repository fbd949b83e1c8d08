import { cypher } from '../db/cypher.js';
import { type Executor, int } from '../db/executor.js';
import { decodeCursor } from '../graphql/cursor.js';
import { type Page, type StatisticModel, toStatistic } from './models.js';
import { toPage } from './paging.js';

export class StatisticService {
  constructor(private readonly db: Executor) {}

  async ofSubjects(ids: readonly string[]): Promise<StatisticModel[][]> {
    const rows = await this.db.read(cypher('statistics/of-subjects'), { ids });
    const by = new Map(rows.map((r) => [String(r.id), (r.statistics as unknown[]).map(toStatistic)]));
    return ids.map((id) => by.get(id) ?? []);
  }

  async page(
    subject: string | null,
    metric: string | null,
    first: number,
    after: string | null,
  ): Promise<Page<StatisticModel>> {
    const afterId = String(decodeCursor(after, 1)?.[0] ?? '');
    // One statement per filter, so each seeks the index its filter names (statistics/page says why).
    const stmt = subject
      ? cypher('statistics/page-of-subject')
      : metric
        ? cypher('statistics/page-of-metric')
        : cypher('statistics/page');
    const [row] = await this.db.read(stmt, {
      subject,
      metric,
      afterId,
      limit: int(first + 1),
    });
    const stats = ((row?.statistics as unknown[]) ?? []).map(toStatistic);
    return toPage(stats, first, Number(row?.total ?? 0), after, (s) => [s.id]);
  }
}
