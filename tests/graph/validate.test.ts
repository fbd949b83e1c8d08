import { afterEach, describe, expect, it } from 'vitest';
import {
  contextFor,
  loadSeed,
  type Problem,
  type ResolvedGraph,
  validateEntity,
  validateRelation,
  validateStatistic,
} from '../../src/graph/validate.js';
import { baseSeed, type Entry, type FixtureSeed, removeSeed, writeSeed } from './fixtures.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) removeSeed(d);
});

async function run(seed: FixtureSeed) {
  const dir = writeSeed(seed);
  dirs.push(dir);
  return loadSeed(dir);
}

async function problemsOf(seed: FixtureSeed): Promise<Problem[]> {
  const r = await run(seed);
  if (r.ok) throw new Error('expected the seed to be rejected');
  return r.problems;
}

async function graphOf(seed: FixtureSeed): Promise<ResolvedGraph> {
  const r = await run(seed);
  if (!r.ok) throw new Error(r.problems.map((p) => `${p.file} [${p.entry}]: ${p.reason}`).join('\n'));
  return r.graph;
}

function entities(seed: FixtureSeed): Entry[] {
  return seed.graph['doc/entities.yaml']?.entities ?? [];
}
function relations(seed: FixtureSeed): Entry[] {
  return seed.graph['doc/relations.yaml']?.relations ?? [];
}
function statistics(seed: FixtureSeed): Entry[] {
  return seed.graph['doc/relations.yaml']?.statistics ?? [];
}
function entity(seed: FixtureSeed, id: string): Entry {
  const e = entities(seed).find((x) => x.id === id);
  if (!e) throw new Error(`no fixture entity ${id}`);
  return e;
}
function firstStat(seed: FixtureSeed): Entry {
  const s = statistics(seed)[0];
  if (!s) throw new Error('no fixture statistic');
  return s;
}

/** Expects exactly one problem, at this entry, saying this. */
async function rejects(seed: FixtureSeed, entry: string, reason: RegExp): Promise<Problem> {
  const problems = await problemsOf(seed);
  expect(problems, JSON.stringify(problems, null, 1)).toHaveLength(1);
  const [p] = problems as [Problem];
  expect(p.entry).toBe(entry);
  expect(p.reason).toMatch(reason);
  return p;
}

describe('loadSeed on a valid fixture', () => {
  it('resolves documents, entities, relations, statistics and citations', async () => {
    const g = await graphOf(baseSeed());
    expect(g.documents.map((d) => d.id)).toEqual(['doc']);
    expect(g.entities.map((e) => e.id)).toEqual(['bing', 'jia', 'logistics', 'wu', 'yi']);
    expect(g.relations.map((r) => r.id)).toEqual([
      'bing--HELD_IN--yi',
      'bing--ORGANIZED_BY--jia',
      'jia--ENABLES--logistics',
    ]);
    expect(g.statistics[0]).toMatchObject({ id: 'bing-area', value: 70000, unit: 'm²', isForecast: false });
    expect(g.entities.find((e) => e.id === 'bing')?.props).toEqual({ venues: ['yi'] });
  });

  it('matches a quote across a line break and returns the raw span', async () => {
    const g = await graphOf(baseSeed());
    const doc = g.documents[0];
    const c = g.citations.find((x) => x.id === 'logistics#c1');
    expect(c && doc?.text.slice(c.start, c.end)).toBe('物\n\n流运输');
  });

  it('gives every citation a stable id per subject and the document its own citations', async () => {
    const g = await graphOf(baseSeed());
    const ids = g.citations.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('doc#c1');
    expect(ids).toContain('bing--HELD_IN--yi#c1');
    expect(g.citations.find((c) => c.id === 'doc#c1')?.subjectType).toBe('document');
  });

  it('resolves the declared breaks to the whitespace between the passages', async () => {
    const g = await graphOf(baseSeed());
    const doc = g.documents[0];
    const b = doc?.breaks?.[0];
    expect(b && doc?.text.slice(b.start, b.end)).toBe('\n\n');
    expect(b && doc?.text.slice(b.start - 4, b.start)).toBe('断点之前');
  });

  it('stores a symmetric relation once, ends in id order, whichever way it is written', async () => {
    const seed = baseSeed();
    entities(seed).push({
      id: 'aa-meeting',
      kind: 'Event',
      subtype: 'MEETING',
      name: '丁会议',
      citations: ['重复短语,重复短语'],
    });
    relations(seed).push({
      type: 'CO_HELD_WITH',
      source: 'bing',
      target: 'aa-meeting',
      citations: ['举办丙大会'],
    });
    const g = await graphOf(seed);
    const co = g.relations.filter((r) => r.type === 'CO_HELD_WITH');
    expect(co).toHaveLength(1);
    expect(co[0]).toMatchObject({
      source: 'aa-meeting',
      target: 'bing',
      id: 'aa-meeting--CO_HELD_WITH--bing',
    });
  });

  it('expands a collective statement into one relation per pair, marked with its group', async () => {
    const seed = baseSeed();
    entities(seed).push({ id: 'topic-b', kind: 'Topic', name: '乙题', citations: ['重复短语,重复短语'] });
    relations(seed).push({
      type: 'FOCUSES_ON',
      sources: ['jia'],
      targets: ['logistics', 'topic-b'],
      collective: true,
      group: 'jia-topics',
      citations: ['甲公司赋能物流运输'],
    });
    const g = await graphOf(seed);
    const focus = g.relations.filter((r) => r.type === 'FOCUSES_ON');
    expect(focus.map((r) => r.target)).toEqual(['logistics', 'topic-b']);
    for (const r of focus) expect(r.props).toEqual({ collective: true, group: 'jia-topics' });
  });

  it('accepts a citation attached from another file', async () => {
    const seed = baseSeed();
    seed.graph['other/more.yaml'] = { document: 'doc', citations: [{ subject: 'jia', quote: '甲公司赋能' }] };
    const g = await graphOf(seed);
    expect(g.citations.filter((c) => c.subjectId === 'jia').map((c) => c.id)).toEqual(['jia#c1', 'jia#c2']);
  });
});

describe('loadSeed rejects', () => {
  it('a YAML syntax error', async () => {
    const seed = baseSeed();
    seed.raw = { 'graph/broken.yaml': 'entities:\n  - id: x\n    name: [unclosed\n' };
    const problems = await problemsOf(seed);
    expect(problems.some((p) => p.file === 'graph/broken.yaml' && /^YAML:/.test(p.reason))).toBe(true);
  });

  it('a duplicate key in YAML', async () => {
    const seed = baseSeed();
    seed.raw = { 'graph/dup.yaml': 'document: doc\ndocument: doc\n' };
    const problems = await problemsOf(seed);
    expect(problems.some((p) => p.file === 'graph/dup.yaml' && /YAML/.test(p.reason))).toBe(true);
  });

  it('an entry that breaks the schema', async () => {
    const seed = baseSeed();
    delete entity(seed, 'wu').name;
    await rejects(seed, 'wu', /^name: /);
  });

  it('an id that is not a slug', async () => {
    const seed = baseSeed();
    entities(seed).push({ id: 'Bad Id', kind: 'Topic', name: '坏', citations: ['重复短语,重复短语'] });
    await rejects(seed, 'Bad Id', /slug/);
  });

  it('an unknown kind', async () => {
    const seed = baseSeed();
    entity(seed, 'logistics').kind = 'Gadget';
    const p = await rejects(seed, 'logistics', /unknown kind Gadget/);
    expect(p.file).toBe('graph/doc/entities.yaml');
  });

  it('an organization without a category, and an unknown category', async () => {
    const seed = baseSeed();
    delete entity(seed, 'jia').category;
    await rejects(seed, 'jia', /needs a category/);
    entity(seed, 'jia').category = 'BANK';
    await rejects(seed, 'jia', /unknown organization category BANK/);
  });

  it('an unknown or missing subtype', async () => {
    const seed = baseSeed();
    entity(seed, 'yi').subtype = 'PLANET';
    await rejects(seed, 'yi', /unknown Place subtype PLANET/);
    delete entity(seed, 'yi').subtype;
    await rejects(seed, 'yi', /needs a subtype/);
  });

  it('a field the kind does not have, and a badly typed one', async () => {
    const seed = baseSeed();
    entity(seed, 'wu').domain = '气象';
    await rejects(seed, 'wu', /unknown field domain for a Person/);
    delete entity(seed, 'wu').domain;
    // Names Object.prototype has are still unknown fields, not its members.
    Object.defineProperty(entity(seed, 'wu'), 'constructor', {
      value: '气象',
      enumerable: true,
      configurable: true,
    });
    await rejects(seed, 'wu', /unknown field constructor for a Person/);
    Reflect.deleteProperty(entity(seed, 'wu'), 'constructor');
    entity(seed, 'bing').startDate = '2025-02-30';
    await rejects(seed, 'bing', /startDate must be a date/);
  });

  it('a prop reference to an entity of the wrong kind', async () => {
    const seed = baseSeed();
    entity(seed, 'bing').venues = ['wu'];
    await rejects(seed, 'bing', /venues: wu is a Person, expected Venue or Place or Park/);
  });

  it('an unknown relation type', async () => {
    const seed = baseSeed();
    relations(seed).push({ type: 'LIKES', source: 'jia', target: 'yi', citations: ['甲公司在乙市'] });
    await rejects(seed, 'jia--LIKES--yi', /unknown relation type LIKES/);
  });

  it('a relation end of the wrong kind', async () => {
    const seed = baseSeed();
    relations(seed).push({ type: 'HELD_IN', source: 'jia', target: 'yi', citations: ['甲公司在乙市'] });
    await rejects(seed, 'jia--HELD_IN--yi', /wrong kind for HELD_IN: jia is a Organization/);
  });

  it('a dangling id', async () => {
    const seed = baseSeed();
    relations(seed).push({ type: 'HELD_IN', source: 'bing', target: 'nowhere', citations: ['举办丙大会'] });
    await rejects(seed, 'bing--HELD_IN--nowhere', /dangling target nowhere/);
  });

  it('a duplicate id across files', async () => {
    const seed = baseSeed();
    seed.graph['other/dup.yaml'] = {
      document: 'doc',
      entities: [{ id: 'wu', kind: 'Topic', name: '另一个', citations: ['重复短语,重复短语'] }],
    };
    const p = await rejects(
      seed,
      'wu',
      /duplicate id wu: already used by an entity in graph\/doc\/entities.yaml/,
    );
    expect(p.file).toBe('graph/other/dup.yaml');
  });

  it('an id shared by an entity and a statistic', async () => {
    const seed = baseSeed();
    firstStat(seed).id = 'bing';
    await rejects(seed, 'bing', /duplicate id bing/);
  });

  it('a symmetric relation written both ways', async () => {
    const seed = baseSeed();
    entities(seed).push({
      id: 'aa-meeting',
      kind: 'Event',
      subtype: 'MEETING',
      name: '丁会议',
      citations: ['重复短语,重复短语'],
    });
    relations(seed).push(
      { type: 'CO_HELD_WITH', source: 'bing', target: 'aa-meeting', citations: ['举办丙大会'] },
      { type: 'CO_HELD_WITH', source: 'aa-meeting', target: 'bing', citations: ['举办丙大会'] },
    );
    await rejects(seed, 'aa-meeting--CO_HELD_WITH--bing', /duplicate id/);
  });

  it('two entities sharing a name or alias', async () => {
    const seed = baseSeed();
    entity(seed, 'wu').aliases = ['甲公司'];
    await rejects(seed, 'wu', /"甲公司" is also a name of jia/);
  });

  it('a quote that is not in the document', async () => {
    const seed = baseSeed();
    entity(seed, 'wu').citations = ['不存在的话'];
    await rejects(seed, 'wu', /quote "不存在的话" is not in the document/);
  });

  it('an ambiguous quote without occurrence', async () => {
    const seed = baseSeed();
    entity(seed, 'wu').citations = ['重复短语'];
    await rejects(seed, 'wu', /ambiguous: it occurs 2 times/);
  });

  it('an occurrence beyond the count', async () => {
    const seed = baseSeed();
    entity(seed, 'wu').citations = [{ quote: '重复短语', occurrence: 3 }];
    await rejects(seed, 'wu', /occurrence 3 of quote "重复短语" is out of range: it occurs 2 time/);
  });

  it('accepts an occurrence within the count', async () => {
    const seed = baseSeed();
    entity(seed, 'wu').citations = [{ quote: '重复短语', occurrence: 2 }];
    const g = await graphOf(seed);
    const c = g.citations.find((x) => x.id === 'wu#c1');
    expect(c?.occurrence).toBe(2);
    expect(c && g.documents[0]?.text.slice(c.start, c.end)).toBe('重复短语');
  });

  it('a quote spanning a scrape break, but not one ending at it', async () => {
    const seed = baseSeed();
    entity(seed, 'wu').citations = ['断点之前断点之后'];
    await rejects(seed, 'wu', /spans a scrape break/);
    entity(seed, 'wu').citations = ['断点之前', '断点之后'];
    await graphOf(seed);
  });

  it('a citation naming an unknown document, or none', async () => {
    const seed = baseSeed();
    entity(seed, 'wu').citations = [{ quote: '记者 戊', document: 'elsewhere' }];
    await rejects(seed, 'wu', /unknown document elsewhere/);
    entity(seed, 'wu').citations = ['记者 戊'];
    delete seed.graph['doc/entities.yaml']?.document;
    const problems = await problemsOf(seed);
    expect(problems.every((p) => /names no document/.test(p.reason))).toBe(true);
  });

  it('a missing citation', async () => {
    const seed = baseSeed();
    entity(seed, 'wu').citations = [];
    await rejects(seed, 'wu', /missing citation/);
    relations(seed)[0] = { type: 'HELD_IN', source: 'bing', target: 'yi' };
    entity(seed, 'wu').citations = ['记者 戊'];
    await rejects(seed, 'bing--HELD_IN--yi', /missing citation/);
  });

  it('a statistic value that disagrees with its quote', async () => {
    const seed = baseSeed();
    firstStat(seed).value = 80000;
    await rejects(seed, 'bing-area', /value 80000 disagrees with its quotes, which state 7万/);
  });

  it('a statedAs absent from the quotes, and a qualifier the wording contradicts', async () => {
    const seed = baseSeed();
    firstStat(seed).statedAs = '首次突破7万平米';
    await rejects(seed, 'bing-area', /statedAs "首次突破7万平米" is in none of its quotes/);
    Object.assign(firstStat(seed), { statedAs: '首次突破7万平方米', qualifier: 'MORE_THAN' });
    const problems = await problemsOf(seed);
    expect(problems.map((p) => p.reason).join('\n')).toMatch(/signals FIRST_EXCEEDED, not MORE_THAN/);
  });

  it('an unknown metric, a wrong unit and a subject of the wrong kind', async () => {
    const seed = baseSeed();
    firstStat(seed).metric = 'HAPPINESS';
    await rejects(seed, 'bing-area', /unknown metric HAPPINESS/);
    Object.assign(firstStat(seed), { metric: 'EXHIBITION_AREA', unit: 'km²' });
    await rejects(seed, 'bing-area', /unit km² differs from the unit of EXHIBITION_AREA \(m²\)/);
    Object.assign(firstStat(seed), { unit: 'm²', subject: 'wu' });
    await rejects(seed, 'bing-area', /about a Event, but wu is a Person/);
  });

  it('a value for a vague amount, and a figure with neither value nor vague qualifier', async () => {
    const seed = baseSeed();
    statistics(seed).push({
      id: 'bing-exhibitors',
      subject: 'bing',
      metric: 'EXHIBITING_COMPANIES',
      statedAs: '800余家',
      qualifier: 'MORE_THAN',
      citations: ['吸引800余家企业参展'],
    });
    await rejects(seed, 'bing-exhibitors', /give the value the text states/);
    Object.assign(statistics(seed)[1] ?? {}, { value: 800, qualifier: 'SEVERAL_TENS' });
    const problems = await problemsOf(seed);
    expect(problems.map((p) => p.reason)).toContain(
      'a SEVERAL_TENS amount records no value; keep statedAs only',
    );
  });

  it('the same figure entered twice', async () => {
    const seed = baseSeed();
    statistics(seed).push({ ...firstStat(seed), id: 'bing-area-again' });
    await rejects(seed, 'bing-area-again', /same figure as bing-area/);
  });

  it('a document whose publisher is not an organization', async () => {
    const seed = baseSeed();
    seed.document.publisher = 'wu';
    const p = await rejects(seed, 'doc', /publisher: wu is a Person, expected Organization/);
    expect(p.file).toBe('documents/doc.yaml');
  });

  it('a break that does not join two adjacent passages', async () => {
    const seed = baseSeed();
    seed.document.breaks = [{ after: '断点之后', before: '断点之前' }];
    await rejects(seed, 'doc', /^break 1: .* is not in the document/);
  });

  it('many problems at once, all reported', async () => {
    const seed = baseSeed();
    entity(seed, 'logistics').kind = 'Gadget';
    entity(seed, 'wu').citations = ['不存在的话'];
    firstStat(seed).value = 80000;
    relations(seed).push({ type: 'LIKES', source: 'jia', target: 'yi', citations: ['甲公司在乙市'] });
    const problems = await problemsOf(seed);
    expect(problems.map((p) => p.entry).sort()).toEqual(['bing-area', 'jia--LIKES--yi', 'logistics', 'wu']);
  });
});

describe('single-entry validation', () => {
  it('validates one entry against a context of known ids and documents', async () => {
    const g = await graphOf(baseSeed());
    const ctx = contextFor(g);
    const o = { file: 'api', defaultDocument: 'doc' };

    const ok = validateEntity(
      { id: 'geng', kind: 'Topic', name: '庚', citations: ['重复短语,重复短语'] },
      ctx,
      o,
    );
    expect(ok.problems).toEqual([]);
    expect(ok.value?.id).toBe('geng');
    expect(ok.citations[0]?.id).toBe('geng#c1');

    const noQuote = validateEntity({ id: 'geng', kind: 'Topic', name: '庚' }, ctx, o);
    expect(noQuote.problems.map((p) => p.reason)).toEqual([
      'missing citation: every fact needs at least one quote',
    ]);

    const rel = validateRelation(
      { type: 'HELD_IN', source: 'bing', target: 'jia', citations: ['举办丙大会'] },
      ctx,
      o,
    );
    expect(rel.value).toBeUndefined();
    expect(rel.problems[0]?.reason).toMatch(/wrong kind/);

    const stat = validateStatistic(
      {
        id: 'exhibitors',
        subject: 'bing',
        metric: 'EXHIBITING_COMPANIES',
        value: 800,
        statedAs: '800余家',
        qualifier: 'MORE_THAN',
        citations: ['吸引800余家企业参展'],
      },
      ctx,
      o,
    );
    expect(stat.problems).toEqual([]);
    expect(stat.value).toMatchObject({ value: 800, unit: 'companies', qualifier: 'MORE_THAN' });
  });
});
