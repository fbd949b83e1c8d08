import * as OpenCC from 'opencc-js/t2cn';
import { pinyin } from 'pinyin-pro';

// Traditional (Taiwan or Hong Kong forms) → Simplified, so 模速空間 meets 模速空间; applied to keys and queries alike.
const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });
const hkToSimplified = OpenCC.Converter({ from: 'hk', to: 'cn' });

const HAN = /\p{Script=Han}/u;

/** Width-, case- and script-insensitive form of a text: NFKC folds full-width forms, then lower case, Simplified. */
export function normalize(text: string): string {
  const folded = text.normalize('NFKC').toLowerCase();
  const simple = HAN.test(folded) ? hkToSimplified(toSimplified(folded)) : folded;
  return simple.replace(/\s+/g, ' ').trim();
}

/** Latin letters without tone marks: mósù → mosu. */
export function stripMarks(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Mark}/gu, '')
    .normalize('NFC');
}

/** Toneless pinyin of the Han characters, other characters kept: 模速空间 → ["mo","su","kong","jian"]. */
export function pinyinSyllables(text: string): string[] {
  if (!HAN.test(text)) return [];
  return pinyin(text, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true })
    .map((s) => s.toLowerCase().trim())
    .filter((s) => s.length > 0);
}

/** Compact key for matching regardless of spaces and punctuation: "Mosu Kongjian" → "mosukongjian". */
export function compact(text: string): string {
  return stripMarks(normalize(text)).replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Every form under which a name should be found: itself normalised, its pinyin joined and spaced, initials. */
export function nameKeys(name: string): string[] {
  const n = normalize(name);
  const keys = new Set<string>([n, compact(n)]);
  const py = pinyinSyllables(n);
  if (py.length > 0) {
    keys.add(py.join(''));
    keys.add(py.join(' '));
    keys.add(py.map((s) => s[0]).join(''));
  }
  keys.delete('');
  return [...keys];
}
