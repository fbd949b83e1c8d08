import { describe, expect, it } from 'vitest';
import { seededApi } from './fixture.js';

const api = seededApi();

interface Hit {
  entity: { id: string; name: string; kind: string };
  score: number;
  matched: string | null;
}
async function search(query: string, extra = '') {
  const r = await api.server.gql<{ search: Hit[] }>(
    `query($q: String!) { search(query: $q${extra}) { entity { id name kind } score matched } }`,
    { q: query },
  );
  return r;
}
async function top(query: string): Promise<Hit | undefined> {
  const r = await search(query);
  expect(r.errors).toBeUndefined();
  return r.data?.search[0];
}

describe('search', () => {
  it.each([
    ['模速空间', 'exact Chinese name'],
    ['模速', 'partial word'],
    ['mosu kongjian', 'pinyin with spaces'],
    ['mosukongjian', 'pinyin without spaces'],
    ['Mósù Kōngjiān', 'pinyin with tones'],
    ['模速空間', 'Traditional characters'],
    ['ＭＯＳＵ ＫＯＮＧＪＩＡＮ', 'full-width, upper case'],
  ])('finds 模速空间 first for %s (%s)', async (q) => {
    const hit = await top(q);
    expect(hit?.entity.name).toBe('模速空间');
    expect(hit?.matched).toBeTruthy();
  });

  it('finds by a single character', async () => {
    const r = await search('模', ', first: 50');
    expect(r.data?.search.map((h) => h.entity.name)).toContain('模速空间');
  });

  it('finds English names and aliases, and says which matched', async () => {
    const hit = await top('Shanghai AI Lab');
    expect(hit?.entity.name).toBe('上海人工智能实验室');
    expect(hit?.matched).toBe('Shanghai AI Lab');
    expect((await top('minimax'))?.entity.name).toBe('稀宇科技');
  });

  it('ranks an exact alias above partial matches', async () => {
    const r = await search('工信部', ', first: 5');
    expect(r.data?.search[0]?.entity.name).toBe('工业和信息化部');
    expect(r.data?.search[0]?.matched).toBe('工信部');
    const scores = r.data?.search.map((h) => h.score) ?? [];
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it('filters by kind', async () => {
    const r = await search('青龙', ', kinds: [Robot]');
    expect(r.data?.search.length).toBeGreaterThan(0);
    expect(r.data?.search.every((h) => h.entity.kind === 'Robot')).toBe(true);
    const none = await search('青龙', ', kinds: [Award]');
    expect(none.data?.search.map((h) => h.entity.name)).not.toContain('青龙');
  });

  it.each([
    '"',
    '\\',
    'a AND OR NOT b',
    '模速~ * : \\ / ( ) [ ] { } ^ ! && ||',
    '*',
    'name:"x" OR 1=1',
    "') MATCH (n) DETACH DELETE n //",
    '~~~',
  ])('treats %s as text, never as query syntax', async (q) => {
    const r = await search(q);
    expect(r.status).toBe(200);
    expect(r.errors).toBeUndefined();
    expect(Array.isArray(r.data?.search)).toBe(true);
  });

  it('rejects empty and over-long text, naming the argument and bound', async () => {
    for (const q of ['', '   ', 'x'.repeat(101)]) {
      const r = await search(q);
      expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(r.errors?.[0]?.message).toContain('"query"');
    }
    const long = await search('x'.repeat(101));
    expect(long.errors?.[0]?.message).toContain('100');
    const first = await search('模速', ', first: 101');
    expect(first.errors?.[0]?.message).toMatch(/"first".*100/);
  });
});
