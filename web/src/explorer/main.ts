import '../shared/fonts';
import './explorer.css';
import {
  ApiError,
  DETAILS,
  type EntityDetails,
  type EntityRef,
  EXPAND,
  gql,
  isKind,
  KINDS,
  type Kind,
  NAMES,
  NEIGHBORHOOD,
  PATHS,
  type PathResult,
  RELATION,
  type RelationDetails,
  type RelationPage,
  type RelationRef,
  SEARCH,
  type SearchHit,
  type Subgraph,
  VOCABULARY,
  type Vocabulary,
  wording,
} from './api';
import { entityView, relationView } from './details';
import { byId, h } from './dom';
import { GraphView, labelTexts, loadFontsFor } from './graph';
import { KIND_STYLE, kindIcon } from './kinds';
import { SearchBox } from './search';
import { formatState, parseState, type ViewState } from './state';

/** Nodes drawn around the focus at most; the API caps each hop too and says when it cut. */
const FOCUS_LIMIT = 150;
/** Relations drawn per expansion: enough to see a hub's shape, few enough to stay readable. */
const EXPAND_PAGE = 25;
/** Pages fetched in one expansion when the first ones only hold relations already drawn. */
const EXPAND_MAX_PAGES = 4;
const PATHS_SHOWN = 5;

const ui = {
  search: byId<HTMLInputElement>('search'),
  depth: byId<HTMLSelectElement>('depth'),
  from: byId<HTMLInputElement>('path-from'),
  to: byId<HTMLInputElement>('path-to'),
  hops: byId<HTMLSelectElement>('hops'),
  findPaths: byId<HTMLButtonElement>('find-paths'),
  clearPaths: byId<HTMLButtonElement>('clear-paths'),
  pathResults: byId('path-results'),
  kindFilter: byId('kind-filter'),
  typeFilter: byId('type-filter'),
  typesAll: byId<HTMLButtonElement>('types-all'),
  typesNone: byId<HTMLButtonElement>('types-none'),
  graph: byId('graph'),
  nodeCount: byId('node-count'),
  edgeCount: byId('edge-count'),
  notice: byId('notice'),
  error: byId('error'),
  empty: byId('empty'),
  details: byId('details'),
  announce: byId('announce'),
};

let state: ViewState = parseState(window.location.hash);
let vocab: Vocabulary = { relationTypes: [], graphStats: { entities: 0, relations: 0, byKind: [] } };
/** Relations a node has under the current type filter, as the API counted them when it was expanded. */
const totals = new Map<string, number>();
/** Where an expanded node's next page of relations starts; `null` once every page is drawn. */
const cursors = new Map<string, string | null>();
let paths: PathResult[] = [];
let pathEnds: { from: EntityRef | null; to: EntityRef | null } = { from: null, to: null };
let focusTruncated = false;

const graph = new GraphView(ui.graph, {
  onTapNode: (id) => void run(() => selectAndExpand(id)),
  onTapEdge: (id) => void run(() => select(id)),
  onTapBackground: () => {
    state.selected = null;
    graph.select(null);
    renderDetails(null);
    saveState('replace');
  },
  onActivate: (id) => void run(() => expand(id)),
  onKeySelect: (id) => {
    void run(() => select(id));
    const more = graph.more(id);
    say(`${graph.label(id)} selected${more > 0 ? `, ${more} more relations: Enter expands` : ''}.`);
  },
});
// For tests and for poking at the graph from the console.
Object.assign(window, { __explorer: { cy: graph.cy } });

// ---- sequencing ---------------------------------------------------------------------------------------------

let chain: Promise<void> = Promise.resolve();
let pending = 0;

/** Graph changes run one after another: a click during a restore cannot interleave with it. */
function run(task: () => Promise<void>): Promise<void> {
  pending++;
  document.body.dataset.busy = 'true';
  chain = chain
    .then(task)
    .catch((err: unknown) => showError(err))
    .finally(() => {
      pending--;
      if (pending === 0) delete document.body.dataset.busy;
      updateStatus();
    });
  return chain;
}

function showError(err: unknown): void {
  const msg = err instanceof ApiError ? err.message : err instanceof Error ? err.message : String(err);
  ui.error.textContent = msg;
  ui.error.hidden = false;
}

function clearError(): void {
  ui.error.hidden = true;
  ui.error.textContent = '';
}

function say(text: string): void {
  ui.announce.textContent = text;
}

// ---- URL state ----------------------------------------------------------------------------------------------

function saveState(mode: 'push' | 'replace'): void {
  const url = `${window.location.pathname}${window.location.search}${formatState(state)}`;
  if (url === `${window.location.pathname}${window.location.search}${window.location.hash}`) return;
  if (mode === 'push') window.history.pushState(null, '', url);
  else window.history.replaceState(null, '', url);
}

window.addEventListener('hashchange', () => {
  const next = parseState(window.location.hash);
  if (formatState(next) === formatState(state)) return;
  void run(() => restore(next));
});

// ---- filters ------------------------------------------------------------------------------------------------

const allTypes = () => vocab.relationTypes.map((t) => t.type);
const typeSet = (): Set<string> => new Set(state.types ?? allTypes());
const kindSet = (): Set<Kind> => new Set((state.kinds ?? [...KINDS]).filter(isKind));

function keepSet(): Set<string> {
  const keep = new Set<string>();
  if (state.focus) keep.add(state.focus);
  for (const p of paths) {
    for (const n of p.nodes) keep.add(n.id);
    for (const r of p.relations) keep.add(r.id);
  }
  return keep;
}

function applyFilters(): void {
  graph.refreshMore(totals);
  graph.applyFilters({ kinds: kindSet(), types: typeSet(), keep: keepSet() });
  updateStatus();
}

function buildFilters(): void {
  const counts = new Map(vocab.graphStats.byKind.map((k) => [k.kind, k.count]));
  ui.kindFilter.replaceChildren(
    ...KINDS.map((k) => {
      const box = h('input', {
        attrs: { type: 'checkbox', value: k, 'data-kind': k },
        on: { change: () => onKindsChanged() },
      });
      return h(
        'li',
        null,
        h(
          'label',
          null,
          box,
          kindIcon(k, 16),
          h('span', null, KIND_STYLE[k].en),
          h('span', { class: 'muted', attrs: { lang: 'zh-CN' } }, ` ${KIND_STYLE[k].zh}`),
          h('span', { class: 'count' }, String(counts.get(k) ?? 0)),
        ),
      );
    }),
  );
  ui.typeFilter.replaceChildren(
    ...vocab.relationTypes.map((t) =>
      h(
        'li',
        null,
        h(
          'label',
          { attrs: { title: t.description } },
          h('input', {
            attrs: { type: 'checkbox', value: t.type, 'data-type': t.type },
            on: { change: () => onTypesChanged() },
          }),
          h('span', { class: 'type-name' }, t.type),
          h('span', { class: 'muted', attrs: { lang: 'zh-CN' } }, ` ${wording(t.forwardZh)}`),
          h('span', { class: 'count' }, String(t.count)),
        ),
      ),
    ),
  );
  syncControls();
}

function syncControls(): void {
  const kinds = kindSet();
  for (const box of ui.kindFilter.querySelectorAll<HTMLInputElement>('input[data-kind]')) {
    box.checked = kinds.has(box.value as Kind);
  }
  const types = typeSet();
  for (const box of ui.typeFilter.querySelectorAll<HTMLInputElement>('input[data-type]')) {
    box.checked = types.has(box.value);
  }
  ui.depth.value = String(state.depth);
  ui.hops.value = String(state.hops);
}

function onKindsChanged(): void {
  const checked = [...ui.kindFilter.querySelectorAll<HTMLInputElement>('input[data-kind]:checked')].map(
    (b) => b.value,
  );
  state.kinds = checked.length === KINDS.length ? null : checked;
  saveState('replace');
  applyFilters();
  void run(() => graph.layout({ randomize: false }));
}

let typesTimer: ReturnType<typeof setTimeout> | undefined;

/** Relation types are filtered by the API (so caps are spent on what is shown): a change redraws the view. */
function onTypesChanged(): void {
  const checked = [...ui.typeFilter.querySelectorAll<HTMLInputElement>('input[data-type]:checked')].map(
    (b) => b.value,
  );
  state.types = checked.length === vocab.relationTypes.length ? null : checked;
  saveState('replace');
  applyFilters();
  // Several boxes are often toggled in a row: redraw once they settle.
  clearTimeout(typesTimer);
  typesTimer = setTimeout(() => void run(() => rebuild()), 400);
}

// ---- drawing ------------------------------------------------------------------------------------------------

async function addToGraph(nodes: EntityRef[], relations: RelationRef[], near?: string) {
  await loadFontsFor(labelTexts(nodes, relations));
  return graph.add(nodes, relations, near);
}

async function drawFocus(id: string): Promise<void> {
  const data = await gql<{ neighborhood: Subgraph }>(NEIGHBORHOOD, {
    id,
    depth: state.depth,
    types: state.types,
    limit: FOCUS_LIMIT,
  });
  if (!data.neighborhood.nodes.length) throw new ApiError(`No entity has the id “${id}”.`);
  focusTruncated = data.neighborhood.truncated;
  await addToGraph(data.neighborhood.nodes, data.neighborhood.relations);
  graph.setCentre(id);
}

/** Draws the next page(s) of a node's relations; false when nothing was left to draw. */
async function expandOnce(id: string): Promise<boolean> {
  if (cursors.get(id) === null) return false;
  for (let page = 0; page < EXPAND_MAX_PAGES; page++) {
    const after = cursors.get(id);
    const data = await gql<{ entity: (EntityRef & { relations: RelationPage }) | null }>(EXPAND, {
      id,
      types: state.types,
      first: EXPAND_PAGE,
      after: after ?? null,
    });
    const entity = data.entity;
    if (!entity) throw new ApiError(`No entity has the id “${id}”.`);
    const rel = entity.relations;
    const added = await addToGraph(
      [entity, ...rel.edges.map((e) => e.other)],
      rel.edges.map((e) => e.node),
      id,
    );
    totals.set(id, rel.totalCount);
    cursors.set(id, rel.pageInfo.hasNextPage ? rel.pageInfo.endCursor : null);
    if (added.nodes + added.edges > 0 || !rel.pageInfo.hasNextPage) return added.nodes + added.edges > 0;
  }
  return true;
}

async function drawPaths(): Promise<void> {
  paths = [];
  if (!state.from || !state.to) {
    renderPaths();
    return;
  }
  const data = await gql<{ paths: PathResult[] }>(PATHS, {
    from: state.from,
    to: state.to,
    maxHops: state.hops,
    first: PATHS_SHOWN,
  });
  paths = data.paths;
  for (const p of paths) await addToGraph(p.nodes, p.relations);
  renderPaths();
}

function highlightPath(): void {
  const p = paths[state.path] ?? paths[0];
  if (!p) {
    graph.clearPath();
    return;
  }
  graph.highlightPath(
    p.nodes.map((n) => n.id),
    p.relations.map((r) => r.id),
  );
}

/** Redraws the whole view from `state`: the focus, the expansions in order, the paths. */
async function rebuild(): Promise<void> {
  clearError();
  graph.clear();
  totals.clear();
  cursors.clear();
  focusTruncated = false;
  if (state.focus) await drawFocus(state.focus);
  for (const id of state.expanded) await expandOnce(id);
  await drawPaths();
  ui.empty.hidden = graph.cy.nodes().nonempty();
  applyFilters();
  highlightPath();
  await graph.layout({ randomize: true });
  const sel = state.selected && graph.has(state.selected) ? state.selected : state.focus;
  if (sel) await select(sel, { quiet: true });
  else renderDetails(null);
}

async function restore(next: ViewState): Promise<void> {
  state = next;
  syncControls();
  const ids = [state.focus, state.from, state.to].filter((x): x is string => Boolean(x));
  const names = new Map<string, EntityRef>();
  if (ids.length) {
    // Ids that name no entity come back as null (or as an empty object for a non-entity node).
    const data = await gql<{ nodes: (Partial<EntityRef> | null)[] }>(NAMES, { ids });
    for (const n of data.nodes) {
      if (n?.id && n.name && n.kind) names.set(n.id, n as EntityRef);
    }
  }
  ui.search.value = state.focus ? (names.get(state.focus)?.name ?? state.focus) : '';
  pathEnds = {
    from: state.from ? (names.get(state.from) ?? null) : null,
    to: state.to ? (names.get(state.to) ?? null) : null,
  };
  fromBox.show(pathEnds.from);
  toBox.show(pathEnds.to);
  searchBox.show(state.focus ? (names.get(state.focus) ?? { name: state.focus }) : null);
  await rebuild();
}

// ---- actions ------------------------------------------------------------------------------------------------

async function focusOn(id: string): Promise<void> {
  state = { ...state, focus: id, expanded: [], selected: id };
  saveState('push');
  await rebuild();
  ui.graph.focus({ preventScroll: true });
}

async function expand(id: string): Promise<void> {
  if (!graph.has(id)) return;
  const grew = await expandOnce(id);
  if (grew) {
    state.expanded.push(id);
    saveState('replace');
  }
  applyFilters();
  highlightPath();
  await graph.layout({ randomize: false });
  const more = graph.more(id);
  say(
    grew
      ? `Expanded ${graph.label(id)}${more > 0 ? `; ${more} more` : ''}.`
      : `Every relation of ${graph.label(id)} is drawn.`,
  );
  if (state.selected === id) await select(id, { quiet: true });
}

async function selectAndExpand(id: string): Promise<void> {
  await select(id);
  if (graph.more(id) > 0) await expand(id);
}

let detailsSeq = 0;

async function select(id: string, o: { quiet?: boolean } = {}): Promise<void> {
  state.selected = id;
  graph.select(id);
  if (!o.quiet) saveState('replace');
  const seq = ++detailsSeq;
  const el = graph.cy.getElementById(id);
  if (el.nonempty() && el.isEdge()) {
    const data = await gql<{ node: RelationDetails | null }>(RELATION, { id });
    if (seq !== detailsSeq) return;
    if (data.node) {
      const info = vocab.relationTypes.find((t) => t.type === data.node?.type);
      ui.details.replaceChildren(relationView(data.node, info, detailsHandlers));
    }
    return;
  }
  const data = await gql<{ entity: EntityDetails | null }>(DETAILS, { id });
  if (seq !== detailsSeq) return;
  renderDetails(data.entity);
}

function renderDetails(d: EntityDetails | null): void {
  if (!d) {
    ui.details.replaceChildren(
      h(
        'p',
        { class: 'muted' },
        'Select a node or a relation to see its names, facts, statistics and sources.',
      ),
    );
    return;
  }
  ui.details.replaceChildren(entityView(d, graph.more(d.id), detailsHandlers));
}

const detailsHandlers = {
  open: (id: string) =>
    void run(async () => {
      if (!graph.has(id) && state.selected && graph.has(state.selected)) {
        // The entity is among the selected node's relations: draw those pages until it appears.
        for (let i = 0; i < 8 && !graph.has(id) && graph.more(state.selected) > 0; i++) {
          await expand(state.selected);
        }
      }
      if (graph.has(id)) await select(id);
      else await focusOn(id);
    }),
  expand: (id: string) => void run(() => expand(id)),
  focus: (id: string) => void run(() => focusOn(id)),
  pathFrom: (e: { id: string; name: string }) => setPathEnd('from', e),
  pathTo: (e: { id: string; name: string }) => setPathEnd('to', e),
};

function setPathEnd(end: 'from' | 'to', e: { id: string; name: string }): void {
  state[end] = e.id;
  state.path = 0;
  (end === 'from' ? fromBox : toBox).show(e);
  saveState('replace');
  if (state.from && state.to) void run(() => findPaths());
  else (end === 'from' ? ui.to : ui.from).focus();
}

async function findPaths(): Promise<void> {
  if (!state.from || !state.to) {
    ui.pathResults.replaceChildren(h('p', { class: 'muted' }, 'Choose both ends first.'));
    return;
  }
  saveState('push');
  await drawPaths();
  ui.empty.hidden = graph.cy.nodes().nonempty();
  applyFilters();
  highlightPath();
  await graph.layout({ randomize: false });
  graph.fit();
}

function renderPaths(): void {
  if (!state.from || !state.to) {
    ui.pathResults.replaceChildren();
    return;
  }
  if (!paths.length) {
    ui.pathResults.replaceChildren(
      h(
        'p',
        { class: 'muted', attrs: { 'data-testid': 'no-path' } },
        `No connection within ${state.hops} hops.`,
      ),
    );
    return;
  }
  const items = paths.map((p, i) =>
    h(
      'li',
      { class: i === state.path ? 'current' : '' },
      h(
        'button',
        {
          attrs: { type: 'button', 'aria-pressed': String(i === state.path), 'data-testid': 'path-choice' },
          on: {
            click: () => {
              state.path = i;
              saveState('replace');
              renderPaths();
              highlightPath();
            },
          },
        },
        `Path ${i + 1} · ${p.length} ${p.length === 1 ? 'hop' : 'hops'}`,
      ),
      h('p', { attrs: { lang: 'zh-CN', 'data-testid': 'path-explanation-zh' } }, p.zh),
      h('p', { attrs: { lang: 'en', 'data-testid': 'path-explanation-en' } }, p.en),
    ),
  );
  ui.pathResults.replaceChildren(h('ol', { class: 'paths' }, ...items));
}

function updateStatus(): void {
  const c = graph.counts();
  ui.nodeCount.textContent = String(c.nodes);
  ui.edgeCount.textContent = String(c.edges);
  ui.notice.textContent = focusTruncated
    ? // Either the node limit or a hub's walk cap (the API's `truncated` covers both).
      `Not every neighbour is drawn (at most ${FOCUS_LIMIT} nodes, and a sample of a hub's relations); double-ringed nodes have more: click to expand.`
    : graph.cy.nodes('[more > 0]').nonempty()
      ? 'Double-ringed nodes have relations not drawn yet: click (or Enter) to expand.'
      : '';
}

// ---- search boxes -------------------------------------------------------------------------------------------

const searchBox = new SearchBox({
  input: ui.search,
  onChoose: (e) => void run(() => focusOn(e.id)),
});
const fromBox = new SearchBox({ input: ui.from, onChoose: (e) => setPathEnd('from', e) });
const toBox = new SearchBox({ input: ui.to, onChoose: (e) => setPathEnd('to', e) });

// ---- controls -----------------------------------------------------------------------------------------------

ui.depth.addEventListener('change', () => {
  state.depth = Number(ui.depth.value);
  state.expanded = [];
  saveState('replace');
  void run(() => rebuild());
});
ui.hops.addEventListener('change', () => {
  state.hops = Number(ui.hops.value);
  saveState('replace');
  if (state.from && state.to) void run(() => findPaths());
});
ui.findPaths.addEventListener('click', () => void run(() => findPaths()));
ui.clearPaths.addEventListener('click', () => {
  state = { ...state, from: null, to: null, path: 0 };
  fromBox.show(null);
  toBox.show(null);
  saveState('replace');
  void run(() => rebuild());
});
ui.typesAll.addEventListener('click', () => {
  for (const b of ui.typeFilter.querySelectorAll<HTMLInputElement>('input')) b.checked = true;
  onTypesChanged();
});
ui.typesNone.addEventListener('click', () => {
  for (const b of ui.typeFilter.querySelectorAll<HTMLInputElement>('input')) b.checked = false;
  onTypesChanged();
});
byId('fit').addEventListener('click', () => graph.fit());
byId('zoom-in').addEventListener('click', () => graph.zoomBy(1.25));
byId('zoom-out').addEventListener('click', () => graph.zoomBy(0.8));
byId('reset').addEventListener('click', () => {
  state = { ...state, expanded: [], selected: state.focus, from: null, to: null, path: 0 };
  fromBox.show(null);
  toBox.show(null);
  saveState('replace');
  void run(() => rebuild());
});
for (const b of document.querySelectorAll<HTMLButtonElement>('button[data-try]')) {
  b.addEventListener(
    'click',
    () =>
      void run(async () => {
        const q = b.dataset.try ?? '';
        const data = await gql<{ search: SearchHit[] }>(SEARCH, { q, first: 1 });
        const hit = data.search[0];
        if (!hit) throw new ApiError(`Nothing in the graph matches “${q}”.`);
        searchBox.show(hit.entity);
        await focusOn(hit.entity.id);
      }),
  );
}
// `/` jumps to the search box from anywhere but a text field, as on many sites.
document.addEventListener('keydown', (e) => {
  const t = e.target as HTMLElement | null;
  if (
    e.key === '/' &&
    !(t instanceof HTMLInputElement || t instanceof HTMLSelectElement || t?.isContentEditable)
  ) {
    e.preventDefault();
    ui.search.focus();
  }
});

// ---- start --------------------------------------------------------------------------------------------------

void run(async () => {
  vocab = await gql<Vocabulary>(VOCABULARY, {});
  graph.setSymmetricTypes(vocab.relationTypes.filter((t) => t.symmetric).map((t) => t.type));
  buildFilters();
  await restore(state);
});
