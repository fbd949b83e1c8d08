import { describe, expect, it } from 'vitest';
import { agrees, numbersIn } from '../../src/graph/numbers.js';
import { findAll, indexText, locate, matchesQuote } from '../../src/graph/quotes.js';

describe('quote finder', () => {
  const text = '赋能工业制造、物\n\n流运输等场景。重复,重复。';
  const index = indexText(text);

  it('matches across line breaks and returns the raw span', () => {
    const r = locate(index, '物流运输');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(text.slice(r.start, r.end)).toBe('物\n\n流运输');
    expect(matchesQuote(text, r, '物流运输')).toBe(true);
  });

  it('ignores whitespace inside the quote too', () => {
    const r = locate(index, '工业 制造');
    expect(r.ok && text.slice(r.start, r.end)).toBe('工业制造');
  });

  it('needs an occurrence for a repeated quote and checks its range', () => {
    expect(findAll(index, '重复')).toHaveLength(2);
    const ambiguous = locate(index, '重复');
    expect(ambiguous.ok).toBe(false);
    expect(!ambiguous.ok && ambiguous.reason).toMatch(/ambiguous: it occurs 2 times/);
    const second = locate(index, '重复', 2);
    expect(second.ok && second.start).toBe(text.lastIndexOf('重复'));
    const third = locate(index, '重复', 3);
    expect(!third.ok && third.reason).toMatch(/out of range/);
  });

  it('reports a missing or empty quote', () => {
    expect(locate(index, '不在').ok).toBe(false);
    expect(locate(index, ' \n ').ok).toBe(false);
  });

  it('counts offsets in UTF-16 code units', () => {
    const astral = indexText('𠀀甲\n乙');
    const r = locate(astral, '甲乙');
    expect(r.ok && [r.start, r.end]).toEqual([2, 5]);
  });
});

describe('numbers in quotes', () => {
  const values = (q: string) => numbersIn(q).map((m) => m.value);

  it('expands 万 and 亿', () => {
    expect(values('展览面积首次突破7万平方米')).toEqual([70000]);
    expect(values('超过1180亿元')).toEqual([118_000_000_000]);
    expect(values('4200亿Token文本和1TB')).toEqual([420_000_000_000, 1]);
    expect(values('近30万人')).toEqual([300_000]);
  });

  it('reads decimals, percentages and fractions', () => {
    expect(values('占比达79.4%')).toEqual([79.4]);
    const [third] = numbersIn('约占全国1/3');
    expect(third?.fraction).toBe(true);
    expect(agrees(33.33, '%', numbersIn('约占全国1/3'))).toBe(true);
    expect(agrees(33.33, 'people', numbersIn('约占全国1/3'))).toBe(false);
  });

  it('reads a bare 百 but not 数十', () => {
    expect(values('百余投资机构')).toEqual([100]);
    expect(values('数十家')).toEqual([]);
  });

  it('tells agreeing and disagreeing values apart', () => {
    const m = numbersIn('首次突破7万平方米');
    expect(agrees(70000, 'm²', m)).toBe(true);
    expect(agrees(80000, 'm²', m)).toBe(false);
    expect(agrees(7, 'm²', m)).toBe(false);
  });
});
