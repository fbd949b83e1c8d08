import { existsSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { agrees, numbersIn } from '../../src/graph/numbers.js';
import { compactOf } from '../../src/graph/quotes.js';
import { loadSeed, nameKey, type ResolvedGraph } from '../../src/graph/validate.js';
import { RELATION_TYPES } from '../../src/graph/vocabulary.js';
import { projectPath } from '../../src/paths.js';
import { ENGLISH_NAMES, NAMED_IN_YOUTH_DAILY_WAIC_2025 } from './named-entities.js';

const DOC = 'youth-daily-waic-2025';
const SHARED_COPY = projectPath('..', 'shared', 'seed-docs', `${DOC}.txt`);

let graph: ResolvedGraph;

beforeAll(async () => {
  const result = await loadSeed(projectPath('seed'));
  if (!result.ok) {
    throw new Error(result.problems.map((p) => `${p.file} [${p.entry}]: ${p.reason}`).join('\n'));
  }
  graph = result.graph;
});

describe('the real seed', () => {
  it('validates with zero problems and has the expected size', () => {
    expect(graph.documents.map((d) => d.id)).toEqual([DOC]);
    expect(graph.entities.length).toBeGreaterThanOrEqual(120);
    expect(graph.relations.length).toBeGreaterThanOrEqual(150);
    expect(graph.statistics.length).toBeGreaterThanOrEqual(45);
  });

  it('keeps the document copy byte-identical to the raw text it stores', () => {
    const doc = graph.documents[0];
    const bytes = readFileSync(projectPath('seed', 'documents', `${DOC}.txt`));
    expect(doc?.text).toBe(bytes.toString('utf8'));
    expect(doc).toMatchObject({
      publisherId: 'youth-daily',
      authorId: 'chen-jiayin',
      publishedBefore: '2025-07-26',
    });
  });

  it.skipIf(!existsSync(SHARED_COPY))('is a byte-for-byte copy of the shared seed document', () => {
    const ours = readFileSync(projectPath('seed', 'documents', `${DOC}.txt`));
    expect(ours.equals(readFileSync(SHARED_COPY))).toBe(true);
  });

  it('finds every name the document names, as a name or alias of the right entity', () => {
    const owner = new Map<string, string>();
    for (const e of graph.entities) {
      for (const n of [e.name, e.fullName, e.nameEn, ...e.aliases]) if (n) owner.set(nameKey(n), e.id);
    }
    const text = compactOf(graph.documents[0]?.text ?? '');
    const wrong: string[] = [];
    for (const [form, id, split] of NAMED_IN_YOUTH_DAILY_WAIC_2025) {
      // The checklist must itself be faithful: every form occurs in the text (marks aside).
      const inText =
        text.includes(compactOf(form)) || text.includes(compactOf(form).replace(/[“”《》]/g, ''));
      if (!inText && !split) {
        wrong.push(`${form}: not in the text`);
      }
      if (owner.get(nameKey(form)) !== id)
        wrong.push(`${form}: expected ${id}, found ${owner.get(nameKey(form))}`);
    }
    for (const [form, id] of ENGLISH_NAMES) {
      if (owner.get(nameKey(form)) !== id)
        wrong.push(`${form}: expected ${id}, found ${owner.get(nameKey(form))}`);
    }
    expect(wrong).toEqual([]);
  });

  it('points every citation at its quote in the raw text', () => {
    const texts = new Map(graph.documents.map((d) => [d.id, d.text]));
    for (const c of graph.citations) {
      const text = texts.get(c.documentId) ?? '';
      expect(c.start).toBeLessThan(c.end);
      expect(compactOf(text.slice(c.start, c.end)), c.id).toBe(compactOf(c.quote));
      // Spans are tight: no whitespace at either end.
      expect(text.slice(c.start, c.end).trim(), c.id).toBe(text.slice(c.start, c.end));
    }
  });

  it('has no citation across a scrape break', () => {
    for (const d of graph.documents) {
      for (const b of d.breaks ?? []) {
        const across = graph.citations.filter(
          (c) => c.documentId === d.id && c.start < b.start && c.end > b.end,
        );
        expect(across.map((c) => c.id)).toEqual([]);
      }
    }
    expect(graph.documents[0]?.breaks).toHaveLength(2);
  });

  it('cites every entity, relation and statistic, with unique ids', () => {
    const cited = new Set(graph.citations.map((c) => c.subjectId));
    const subjects = [...graph.entities, ...graph.relations, ...graph.statistics].map((x) => x.id);
    expect(subjects.filter((id) => !cited.has(id))).toEqual([]);
    expect(new Set(subjects).size).toBe(subjects.length);
    const citationIds = graph.citations.map((c) => c.id);
    expect(new Set(citationIds).size).toBe(citationIds.length);
  });

  it('gives every statistic a value that agrees with the number in its quotes', () => {
    const quotes = new Map<string, string[]>();
    for (const c of graph.citations) {
      if (c.subjectType === 'statistic')
        quotes.set(c.subjectId, [...(quotes.get(c.subjectId) ?? []), c.quote]);
    }
    const bad: string[] = [];
    for (const s of graph.statistics) {
      const qs = quotes.get(s.id) ?? [];
      const n = s.value ?? s.lowerBound;
      if (!qs.some((q) => compactOf(q).includes(compactOf(s.statedAs))))
        bad.push(`${s.id}: statedAs not quoted`);
      if (n === undefined) continue;
      if (!qs.some((q) => agrees(n, s.unit, numbersIn(q))))
        bad.push(`${s.id}: ${n} not in ${qs.join(' | ')}`);
    }
    expect(bad).toEqual([]);
  });

  it('records a figure stated twice once, with both citations', () => {
    const cites = (id: string) => graph.citations.filter((c) => c.subjectId === id);
    expect(cites('waic-2025-large-models-exhibited').map((c) => c.occurrence)).toEqual([1, 2]);
    expect(cites('waic-2025-exhibits').map((c) => c.quote)).toEqual([
      '3000余项前沿展品将集中亮相',
      '3000余项前沿展品集中亮相',
    ]);
    expect(cites('waic-2025-exhibition-area').map((c) => c.quote)).toEqual([
      '本次大会展览面积首次突破7万平方米',
      '大会展',
      '览面积首次突破7万平方米,吸引800余家企业参展',
    ]);
    expect(graph.statistics.filter((s) => s.metric === 'EXHIBITS')).toHaveLength(1);
  });

  it('stores symmetric relations once, in id order', () => {
    const seen = new Set<string>();
    for (const r of graph.relations.filter((x) => RELATION_TYPES[x.type].symmetric)) {
      expect(r.source < r.target, r.id).toBe(true);
      const key = `${r.type}|${r.source}|${r.target}`;
      expect(seen.has(key)).toBe(false);
      seen.add(key);
    }
    expect(seen.size).toBeGreaterThan(0);
  });

  it('never puts an entity of the wrong kind at a relation end', () => {
    const kind = new Map(graph.entities.map((e) => [e.id, e.kind]));
    const wrong = graph.relations.filter((r) => {
      const sk = kind.get(r.source);
      const tk = kind.get(r.target);
      return !(
        sk &&
        tk &&
        RELATION_TYPES[r.type].allowed.some((p) => p.source.includes(sk) && p.target.includes(tk))
      );
    });
    expect(wrong.map((r) => r.id)).toEqual([]);
  });

  it('models the collective sentence as a marked group statement, not invented pairs', () => {
    const group = graph.relations.filter(
      (r) => r.props.group === 'shanghai-ai-lab-minimax-stepfun-sensetime',
    );
    expect(group).toHaveLength(12);
    expect(group.every((r) => r.type === 'FOCUSES_ON' && r.props.collective === true)).toBe(true);
  });

  it('adds no developer the text does not name', () => {
    const developed = graph.relations.filter(
      (r) =>
        ['DEVELOPED_BY', 'OPEN_SOURCED_BY', 'RELEASED_BY'].includes(r.type) &&
        ['fuxi', 'qimingxing'].includes(r.source),
    );
    expect(developed).toEqual([]);
  });

  it('lists all ten co-organizers of WAIC 2025', () => {
    const organizers = graph.relations
      .filter((r) => r.type === 'ORGANIZED_BY' && r.source === 'waic-2025')
      .map((r) => r.target)
      .sort();
    expect(organizers).toEqual(
      [
        'cac',
        'cas',
        'cast',
        'miit',
        'mfa',
        'moe',
        'most',
        'ndrc',
        'sasac',
        'shanghai-municipal-government',
      ].sort(),
    );
  });
});
