/**
 * Everything needed to rebuild a view, kept in the URL hash so a view can be bookmarked or sent to someone:
 * the fragment never reaches the server, and changing it does not reload the page.
 */
export interface ViewState {
  /** The entity whose neighbourhood is drawn. */
  focus: string | null;
  depth: number;
  /** Nodes expanded after the first draw, in order; a node expanded twice (a second page) appears twice. */
  expanded: string[];
  /** The selected node or relation. */
  selected: string | null;
  /** Relation types drawn; `null` means all. */
  types: string[] | null;
  /** Kinds shown; `null` means all. */
  kinds: string[] | null;
  from: string | null;
  to: string | null;
  hops: number;
  /** Index of the highlighted path among those found. */
  path: number;
}

export const DEFAULT_STATE: ViewState = {
  focus: null,
  depth: 1,
  expanded: [],
  selected: null,
  types: null,
  kinds: null,
  from: null,
  to: null,
  hops: 4,
  path: 0,
};

const clampInt = (raw: string | null, lo: number, hi: number, dflt: number): number => {
  const n = raw === null ? Number.NaN : Number.parseInt(raw, 10);
  return Number.isFinite(n) ? Math.min(hi, Math.max(lo, n)) : dflt;
};

const list = (raw: string | null): string[] | null =>
  raw === null ? null : raw.split(',').filter((s) => s.length > 0);

export function parseState(hash: string): ViewState {
  const p = new URLSearchParams(hash.replace(/^#/, ''));
  return {
    focus: p.get('e'),
    depth: clampInt(p.get('d'), 1, 3, DEFAULT_STATE.depth),
    expanded: list(p.get('x')) ?? [],
    selected: p.get('sel'),
    types: list(p.get('types')),
    kinds: list(p.get('kinds')),
    from: p.get('from'),
    to: p.get('to'),
    hops: clampInt(p.get('hops'), 1, 6, DEFAULT_STATE.hops),
    path: clampInt(p.get('p'), 0, 9, 0),
  };
}

export function formatState(s: ViewState): string {
  const p = new URLSearchParams();
  if (s.focus) p.set('e', s.focus);
  if (s.depth !== DEFAULT_STATE.depth) p.set('d', String(s.depth));
  if (s.expanded.length) p.set('x', s.expanded.join(','));
  if (s.selected) p.set('sel', s.selected);
  if (s.types) p.set('types', s.types.join(','));
  if (s.kinds) p.set('kinds', s.kinds.join(','));
  if (s.from) p.set('from', s.from);
  if (s.to) p.set('to', s.to);
  if (s.hops !== DEFAULT_STATE.hops) p.set('hops', String(s.hops));
  if (s.path) p.set('p', String(s.path));
  // Commas are safe in a fragment; leaving them unescaped keeps shared links readable.
  const out = p.toString().replace(/%2C/g, ',');
  return out ? `#${out}` : '';
}
