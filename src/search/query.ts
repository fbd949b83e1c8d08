import { compact, nameKeys, normalize, pinyinSyllables } from './normalize.js';

/** Characters with a meaning in Lucene's query syntax; inside a quoted phrase only `"` and `\` need escaping. */
const escapePhrase = (s: string) => s.replace(/["\\]/g, (c) => `\\${c}`);

const LATIN_WORD = /^[a-z0-9]+$/;

/**
 * Turns user text into a Lucene query in which every character of the text is literal: a quoted phrase (Han
 * characters are indexed one by one, so 模速 finds 模速空间), and prefix terms built only from letters and
 * digits (so mosu finds mosukongjian). Returns null when the text has nothing searchable.
 */
export function toLucene(text: string): string | null {
  const q = normalize(text);
  if (!/[\p{L}\p{N}]/u.test(q)) return null;
  const parts = [`"${escapePhrase(q)}"`];
  const c = compact(q);
  if (LATIN_WORD.test(c)) parts.push(`${c}*`);
  const words = q
    .split(' ')
    .map(compact)
    .filter((w) => LATIN_WORD.test(w));
  if (words.length > 1) parts.push(`(${words.map((w) => `+${w}*`).join(' ')})`);
  // Han text typed as pinyin-less Traditional or Simplified is covered by normalize; its pinyin also matches.
  const py = pinyinSyllables(q).join('');
  if (py && LATIN_WORD.test(py)) parts.push(`${py}*`);
  return parts.join(' OR ');
}

export interface Named {
  id: string;
  name: string;
  fullName?: string | null;
  nameEn?: string | null;
  aliases?: string[] | null;
}

export interface Ranked {
  score: number;
  matched: string | null;
}

const keyCache = new Map<string, string[]>();
function keysOf(name: string): string[] {
  let keys = keyCache.get(name);
  if (!keys) {
    keys = nameKeys(name).map(compact);
    if (keyCache.size > 50_000) keyCache.clear();
    keyCache.set(name, keys);
  }
  return keys;
}

/**
 * Scores a candidate against the text: an exact name or alias ranks first (the entity's own name above an
 * alias), then a prefix, then a part; the full-text score only orders what no name explains.
 */
export function rank(entity: Named, text: string, fulltextScore: number, maxFulltext: number): Ranked {
  const q = normalize(text);
  const cq = compact(q);
  const variants = [entity.name, entity.fullName, entity.nameEn, ...(entity.aliases ?? [])].filter(
    (v): v is string => !!v,
  );
  let best: Ranked = { score: 0.3 * (maxFulltext > 0 ? fulltextScore / maxFulltext : 0), matched: null };
  variants.forEach((v, i) => {
    const own = i === 0 ? 0.02 : 0;
    const nv = normalize(v);
    const keys = keysOf(v);
    let s = 0;
    if (nv === q || (cq && keys.includes(cq))) s = 0.98 + own;
    else if (nv.startsWith(q) || (cq && keys.some((k) => k.startsWith(cq)))) s = 0.7 + own;
    else if (nv.includes(q) || (cq && keys.some((k) => k.includes(cq)))) s = 0.5 + own;
    // Shorter names matched by the same text are closer matches.
    if (s > 0) s += 0.05 * (q.length / Math.max(nv.length, q.length));
    if (s > best.score) best = { score: s, matched: v };
  });
  return best;
}
