/**
 * Finds quotes in a raw document. Matching ignores whitespace on both sides, because the scrape breaks lines
 * inside words ("物\n\n流运输") and a curator cannot be expected to reproduce the breaks; the offsets returned
 * are those of the raw span, as half-open UTF-16 offsets [start, end) (JavaScript string indices).
 */

const WHITESPACE = /\s/u;

export interface TextIndex {
  readonly text: string;
  /** The text without whitespace. */
  readonly compact: string;
  /** For each index of `compact`, the index of the same code unit in `text`. */
  readonly rawIndex: readonly number[];
}

export interface Span {
  start: number;
  end: number;
}

export function compactOf(s: string): string {
  let out = '';
  for (const ch of s) if (!WHITESPACE.test(ch)) out += ch;
  return out;
}

export function indexText(text: string): TextIndex {
  let compact = '';
  const rawIndex: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (WHITESPACE.test(ch)) continue;
    compact += ch;
    rawIndex.push(i);
  }
  return { text, compact, rawIndex };
}

/** Every raw span matching the quote, overlapping matches included, in text order. */
export function findAll(index: TextIndex, quote: string): Span[] {
  const needle = compactOf(quote);
  if (needle.length === 0) return [];
  const spans: Span[] = [];
  let from = 0;
  for (;;) {
    const at = index.compact.indexOf(needle, from);
    if (at < 0) break;
    const start = index.rawIndex[at];
    const last = index.rawIndex[at + needle.length - 1];
    if (start === undefined || last === undefined) break;
    spans.push({ start, end: last + 1 });
    from = at + 1;
  }
  return spans;
}

export type QuoteResult =
  | { ok: true; start: number; end: number; occurrence: number; count: number }
  | { ok: false; reason: string; count: number };

/**
 * Resolves a quote to one span. Without `occurrence` the quote must be unique; with it, the nth match (1-based)
 * is taken and must exist.
 */
export function locate(index: TextIndex, quote: string, occurrence?: number): QuoteResult {
  if (compactOf(quote).length === 0) return { ok: false, reason: 'quote is empty', count: 0 };
  const spans = findAll(index, quote);
  const count = spans.length;
  const shown = JSON.stringify(quote);
  if (count === 0) return { ok: false, reason: `quote ${shown} is not in the document`, count };
  if (occurrence === undefined) {
    if (count > 1) {
      return {
        ok: false,
        reason: `quote ${shown} is ambiguous: it occurs ${count} times; add occurrence (1-${count}) or quote more`,
        count,
      };
    }
    const only = spans[0] as Span;
    return { ok: true, start: only.start, end: only.end, occurrence: 1, count };
  }
  const span = spans[occurrence - 1];
  if (!span) {
    return {
      ok: false,
      reason: `occurrence ${occurrence} of quote ${shown} is out of range: it occurs ${count} time(s)`,
      count,
    };
  }
  return { ok: true, start: span.start, end: span.end, occurrence, count };
}

/** True when the raw slice equals the quote once whitespace is ignored. */
export function matchesQuote(text: string, span: Span, quote: string): boolean {
  return compactOf(text.slice(span.start, span.end)) === compactOf(quote);
}
