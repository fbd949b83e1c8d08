/**
 * Reads the numbers a Chinese quote states, so a statistic's value can be checked against its own citation
 * (7万 is 70000; 1/3 is a fraction; 百 alone is 100).
 */

export interface NumberMention {
  value: number;
  /** The text the number was read from. */
  raw: string;
  /** Written as a fraction (1/3): a % value may be its hundredfold. */
  fraction: boolean;
}

const MULTIPLIERS: Record<string, number> = { 万: 1e4, 亿: 1e8, 万亿: 1e12 };
const CHINESE_ROUND: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

const ARABIC = /(\d+(?:\.\d+)?)(?:\s*\/\s*(\d+(?:\.\d+)?))?\s*(万亿|亿|万)?/gu;
// A bare 十/百/千 counts only where it is not part of a larger numeral (数十 is vague, 三百 is not handled).
const CHINESE = /(?<![\d〇零一二三四五六七八九十百千万数几])([十百千])(?![一二三四五六七八九])/gu;

export function numbersIn(quote: string): NumberMention[] {
  const out: NumberMention[] = [];
  for (const m of quote.matchAll(ARABIC)) {
    const [raw, a = '', b, unit] = m;
    const multiplier = unit ? (MULTIPLIERS[unit] ?? 1) : 1;
    if (b !== undefined) {
      const denominator = Number(b);
      if (denominator !== 0) out.push({ value: (Number(a) / denominator) * multiplier, raw, fraction: true });
    } else {
      out.push({ value: Number(a) * multiplier, raw, fraction: false });
    }
  }
  for (const m of quote.matchAll(CHINESE)) {
    const [raw, ch = ''] = m;
    const value = CHINESE_ROUND[ch];
    if (value !== undefined) out.push({ value, raw, fraction: false });
  }
  return out;
}

function close(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** Tolerance for a fraction stored as a rounded percentage (1/3 → 33.33 %). */
const PERCENT_OF_FRACTION_TOLERANCE = 0.01;

/** Whether `value` (in `unit`) is what one of the mentions says. */
export function agrees(value: number, unit: string | undefined, mentions: NumberMention[]): boolean {
  return mentions.some((m) => {
    if (close(value, m.value)) return true;
    return unit === '%' && m.fraction && Math.abs(value - m.value * 100) <= PERCENT_OF_FRACTION_TOLERANCE;
  });
}
