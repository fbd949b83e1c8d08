import { describe, expect, it } from 'vitest';
import { seededApi } from '../api/fixture.js';
import { json, kg } from './support.js';

const api = seededApi();
const endpoint = () => `${api.server.url}/graphql`;
const run = (...args: string[]) => kg(args, { endpoint: endpoint() });

interface Hit {
  score: number;
  matched: string | null;
  entity: { id: string; kind: string; name: string; nameEn: string | null };
}
interface PathOut {
  from: { id: string };
  to: { id: string };
  paths: { length: number; explanation: string; nodes: { id: string }[]; relations: { type: string }[] }[];
}

describe('kg lookups against the seeded service', () => {
  it('search --json returns the hits, best first', async () => {
    const r = await run('--json', 'search', '模速空间');
    expect(r.code).toBe(0);
    const hits = json<Hit[]>(r);
    expect(hits[0]?.entity).toMatchObject({ id: 'modelspeed-space', kind: 'Park', name: '模速空间' });
  });

  it('search filters by kind, case-insensitively, and prints an aligned table by default', async () => {
    const r = await run('search', 'qinglong', '--kind', 'robot');
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^id\s+kind\s+name/);
    expect(lines.some((l) => l.startsWith('qinglong') && l.includes('青龙') && l.includes('Robot'))).toBe(
      true,
    );
  });

  it('aligns columns by display width, Chinese counted double', async () => {
    const r = await run('search', '上海', '--limit', '5');
    expect(r.code).toBe(0);
    const { default: stringWidth } = await import('string-width');
    const [header = '', , ...rows] = r.stdout.trimEnd().split('\n');
    // The score column is right-aligned: it ends at the same display column on every row as in the header.
    const end = stringWidth(header.slice(0, header.indexOf('score') + 'score'.length));
    expect(rows.length).toBeGreaterThan(1);
    for (const row of rows) {
      const m = /\s(\d+\.\d\d)(?=\s|$)/.exec(row);
      expect(m, row).not.toBeNull();
      expect(stringWidth(row.slice(0, (m?.index ?? 0) + (m?.[0].length ?? 0))), row).toBe(end);
    }
  });

  it('path --json takes names and ids and explains the way', async () => {
    const r = await run('--json', 'path', '青龙', 'waic-2025', '--max-hops', '6');
    expect(r.code).toBe(0);
    const out = json<PathOut>(r);
    expect(out.from.id).toBe('qinglong');
    expect(out.to.id).toBe('waic-2025');
    expect(out.paths.length).toBeGreaterThan(0);
    const first = out.paths[0];
    expect(first?.nodes[0]?.id).toBe('qinglong');
    expect(first?.nodes.at(-1)?.id).toBe('waic-2025');
    expect(first?.relations).toHaveLength(first?.length ?? -1);
    expect(first?.explanation).toContain('青龙');
  });

  it('an ambiguous name lists the candidates and exits 1', async () => {
    const r = await run('path', '人工智能', 'waic-2025');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/matches \d+ entities/);
    expect(r.stderr.split('\n').filter((l) => /^[a-z0-9-]+\s{2,}\w+\s{2,}/.test(l)).length).toBeGreaterThan(
      1,
    );
    const j = await run('--json', 'show', '人工智能');
    expect(j.code).toBe(1);
    expect(json<{ candidates: unknown[] }>(j).candidates.length).toBeGreaterThan(1);
  });

  it('show, neighbors, figures and summary answer by id or name', async () => {
    const show = await run('--json', 'show', 'WAIC 2025');
    expect(show.code).toBe(0);
    expect(json<{ id: string; relations: { totalCount: number } }>(show)).toMatchObject({ id: 'waic-2025' });

    const nb = await run('--json', 'neighbors', 'waic-2025', '--type', 'ORGANIZED_BY');
    expect(nb.code).toBe(0);
    const g = json<{ relations: { type: string }[] }>(nb);
    expect(g.relations.length).toBeGreaterThan(0);
    expect(new Set(g.relations.map((x) => x.type))).toEqual(new Set(['ORGANIZED_BY']));

    const fig = await run('--json', 'figures', '模速空间');
    expect(fig.code).toBe(0);
    const stats = json<{ statistics: { period: string | null; citations: { quote: string }[] }[] }>(
      fig,
    ).statistics;
    expect(stats.length).toBeGreaterThan(0);
    expect(stats.every((s) => s.citations.length > 0)).toBe(true);

    const sum = await run('--json', 'summary');
    expect(sum.code).toBe(0);
    const s = json<{ entities: number; byKind: { count: number }[]; byRelationType: { count: number }[] }>(
      sum,
    );
    const direct = await api.server.gql<{ graphStats: { entities: number; relations: number } }>(
      '{ graphStats { entities relations } }',
    );
    expect(s.entities).toBe(direct.data?.graphStats.entities);
    expect(s.byKind.reduce((n, k) => n + k.count, 0)).toBe(s.entities);
    expect(s.byRelationType.reduce((n, k) => n + k.count, 0)).toBe(direct.data?.graphStats.relations);
  });

  it('runs every saved query in queries/', async () => {
    const organizers = await run('query', 'queries/waic-2025-organizers.graphql');
    expect(organizers.code).toBe(0);
    const org = json<{ entity: { relations: { edges: { other: { id: string } }[] } } }>(organizers);
    expect(org.entity.relations.edges.map((e) => e.other.id)).toContain('shanghai-municipal-government');

    const models = await run('query', 'queries/models-and-robots.graphql');
    expect(models.code).toBe(0);
    const m = json<{ entities: { edges: { node: { id: string; kind: string } }[] } }>(models);
    expect(m.entities.edges.map((e) => e.node.id)).toContain('qinglong');
    expect(new Set(m.entities.edges.map((e) => e.node.kind))).toEqual(new Set(['AIModel', 'Robot']));

    const parks = await run('query', 'queries/parks.graphql');
    expect(parks.code).toBe(0);
    const p = json<{ entities: { edges: { node: { id: string; district: { id: string } | null } }[] } }>(
      parks,
    );
    expect(p.entities.edges.find((e) => e.node.id === 'modelspeed-space')?.node.district?.id).toBeTruthy();

    const stats = await run('query', 'queries/statistics-with-sources.graphql', '--var', 'subject=waic-2025');
    expect(stats.code).toBe(0);
    const st = json<{ statistics: { edges: { node: { subject: { id: string }; citations: unknown[] } }[] } }>(
      stats,
    );
    expect(st.statistics.edges.length).toBeGreaterThan(0);
    expect(
      st.statistics.edges.every((e) => e.node.subject.id === 'waic-2025' && e.node.citations.length),
    ).toBe(true);

    const how = await run(
      'query',
      'queries/how-connected.graphql',
      '--var',
      'from=qinglong',
      '--var',
      'to=waic-2025',
      '--var',
      'maxHops=6',
    );
    expect(how.code).toBe(0);
    expect(json<{ paths: { en: string }[] }>(how).paths[0]?.en).toBeTruthy();
  });

  it('query reads variables from a JSON file and types --var values from the operation', async () => {
    const { mkdtemp, writeFile } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dir = await mkdtemp(join(tmpdir(), 'kg-query-'));
    await writeFile(join(dir, 'v.json'), JSON.stringify({ from: 'qinglong', to: 'waic-2025' }));
    const r = await run(
      'query',
      'queries/how-connected.graphql',
      '--vars',
      join(dir, 'v.json'),
      '--var',
      'first=1',
      '--var',
      'maxHops=6',
    );
    expect(r.code).toBe(0);
    expect(json<{ paths: unknown[] }>(r).paths).toHaveLength(1);
  });

  it('has --help for every command', async () => {
    for (const cmd of ['search', 'show', 'neighbors', 'path', 'summary', 'figures', 'query', 'export']) {
      const r = await kg([cmd, '--help']);
      expect(r.code, cmd).toBe(0);
      expect(r.stdout, cmd).toContain(`Usage: kg ${cmd}`);
    }
  });
});
